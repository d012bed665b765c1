package org.homeward.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.HxlCsv;
import org.homeward.support.TestSources;
import org.homeward.support.Uploads;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Credentials.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Days and instants asked about lie from 1900-01-01 to 9999-12-31: outside, every endpoint and page that takes
 * asOf, from, to or knownAt answers 400 naming the parameter and its value, never a 500 or today's figures.
 */
@HomewardIntegrationTest
class RequestDaysIntegrationTest {

	private static final String DAY_MESSAGE = "must be a day from 1900-01-01 to 9999-12-31.";

	/** Each API door with a parameter left for the day or instant under test. */
	private static final List<String> DAY_DOORS = List.of("/api/v1/returns/figures?asOf=%s",
			"/api/v1/returns/figures?asOf=2018-10-22&from=%s", "/api/v1/returns/figures/compare?asOf=%s",
			"/api/v1/facilities/figures?asOf=%s", "/api/v1/briefings?asOf=%s",
			"/api/v1/briefings?asOf=%s&format=pdf", "/api/v1/exports/returns/figures?asOf=%s",
			"/api/v1/camps?asOf=%s", "/api/v1/legal-acts?from=%s", "/api/v1/legal-acts?to=%s",
			"/api/v1/aid-deliveries?from=%s&to=2018-10-22", "/api/v1/aid-deliveries?from=2018-10-01&to=%s");
	private static final List<String> INSTANT_DOORS = List.of("/api/v1/returns/figures?asOf=2018-10-22&knownAt=%s",
			"/api/v1/returns/figures/compare?asOf=2018-10-22&knownAt=%s",
			"/api/v1/facilities/figures?asOf=2018-10-22&knownAt=%s", "/api/v1/briefings?asOf=2018-10-22&knownAt=%s",
			"/api/v1/exports/returns?knownAt=%s", "/api/v1/exports/returns/figures?asOf=2018-10-22&knownAt=%s");
	private static final List<String> PAGE_DOORS = List.of("/?asOf=%s", "/briefings?asOf=%s", "/sources?asOf=%s",
			"/situation?asOf=%s", "/returns?from=%s", "/returns?to=%s", "/admin/audit?from=%s", "/admin/audit.csv?to=%s");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@TestFactory
	Stream<DynamicTest> refusesADayOutsideTheRangeAtEveryDoorNamingTheParameterAndValue() {
		return Stream.of("-999999999-01-01", "+999999999-12-31", "0000-01-01", "1899-12-31", "+10000-01-01")
			.flatMap(day -> DAY_DOORS.stream().map(door -> DynamicTest.dynamicTest(door.formatted(day), () -> {
				String parameter = door.substring(0, door.indexOf("=%s")).replaceAll(".*[?&]", "");
				mvc.perform(get(URI.create(door.formatted(day.replace("+", "%2B")))).with(admin()))
					.andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.code").value("invalid-parameter"))
					.andExpect(jsonPath("$.parameter").value(parameter))
					.andExpect(jsonPath("$.value").value(day))
					.andExpect(jsonPath("$.detail").value(parameter + ": '" + day + "' " + DAY_MESSAGE));
			})));
	}

	@TestFactory
	Stream<DynamicTest> refusesAnInstantOutsideTheRangeAtEveryDoor() {
		return Stream.of("-1000000000-01-01T00:00:00Z", "+1000000000-12-31T23:59:59Z", "1899-12-31T23:59:59Z",
				"+10000-01-01T00:00:00Z")
			.flatMap(instant -> INSTANT_DOORS.stream().map(door -> DynamicTest.dynamicTest(door.formatted(instant),
					() -> mvc.perform(get(URI.create(door.formatted(instant.replace("+", "%2B")))).with(admin()))
						.andExpect(status().isBadRequest())
						.andExpect(jsonPath("$.code").value("invalid-parameter"))
						.andExpect(jsonPath("$.parameter").value("knownAt"))
						.andExpect(jsonPath("$.value").value(instant))
						.andExpect(jsonPath("$.detail").value("knownAt: '" + instant
								+ "' must be an instant from 1900-01-01T00:00:00Z to 9999-12-31T23:59:59Z.")))));
	}

	@TestFactory
	Stream<DynamicTest> pagesAnswerADayOutsideTheRangeWithA400Page() {
		return PAGE_DOORS.stream().map(door -> DynamicTest.dynamicTest(door.formatted("-999999999-01-01"), () -> {
			String page = mvc.perform(get(door.formatted("-999999999-01-01")).with(user("admin").roles("ADMIN")))
				.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).contains("&#39;-999999999-01-01&#39; " + DAY_MESSAGE);
		}));
	}

	@Test
	void answersTheFirstAndLastDaysOfTheRange() throws Exception {
		TestSources.register(jdbc, "RANGE");
		Uploads.csv(mvc, "/api/v1/imports/returns", HxlCsv.returns("r1,RANGE,2018-10-20,idp_returnee,7,SY03,,,,,,"));
		mvc.perform(get("/api/v1/returns/figures").with(admin()).param("source", "RANGE").param("asOf", "1900-01-01")
				.param("days", "3660"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value("1889-12-25"))
			.andExpect(jsonPath("$.persons").value(0));
		mvc.perform(get("/api/v1/returns/figures").with(admin()).param("source", "RANGE").param("asOf", "9999-12-31")
				.param("from", "1900-01-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.persons").value(7));
		mvc.perform(get("/api/v1/facilities/figures").with(admin()).param("source", "RANGE").param("asOf", "9999-12-31"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.worksUnderWaySettlements").value(0));
		mvc.perform(get("/api/v1/legal-acts").with(admin()).param("from", "1900-01-01").param("to", "9999-12-31"))
			.andExpect(status().isOk());
	}

	@Test
	void knownAtBeforeAnythingWasRecordedAnswersNothing() throws Exception {
		TestSources.register(jdbc, "EARLY");
		Uploads.csv(mvc, "/api/v1/imports/returns", HxlCsv.returns("e1,EARLY,2018-10-20,refugee_returnee,40,SY03,,LBN,,,,"));
		Uploads.csv(mvc, "/api/v1/imports/facilities", """
				Event,Source,Facility,Type,Governorate,Status,Date
				#meta+id,#meta+source,#loc+facility+code,#loc+facility+type,#adm1+code,#status,#date
				f1,EARLY,S1,school,SY07,in_operation,2018-10-19
				""");
		String first = "1900-01-01T00:00:00Z";
		mvc.perform(get("/api/v1/returns/figures").with(admin()).param("source", "EARLY").param("asOf", "2018-10-22")
				.param("knownAt", first))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.knownAt").value(first))
			.andExpect(jsonPath("$.persons").value(0));
		mvc.perform(get("/api/v1/facilities/figures").with(admin()).param("source", "EARLY").param("asOf", "2018-10-22")
				.param("knownAt", first))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.putIntoOperationByType.school").doesNotExist());
		mvc.perform(get("/api/v1/briefings").param("source", "EARLY").param("asOf", "2018-10-22").param("knownAt", first))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.returns.total").value(0))
			.andExpect(jsonPath("$.reconstruction.putIntoOperationInPeriod.school").doesNotExist());
		mvc.perform(get("/api/v1/briefings").param("source", "EARLY").param("asOf", "2018-10-22"))
			.andExpect(jsonPath("$.returns.total").value(40))
			.andExpect(jsonPath("$.reconstruction.putIntoOperationInPeriod.school").value(1));
	}
}
