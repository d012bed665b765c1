package org.homeward.quality;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.HxlCsv;
import org.homeward.support.TestSources;
import org.homeward.support.TestUsers;
import org.homeward.support.Uploads;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.homeward.support.Credentials.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The quality of the returns figures over the API and on the page, on H2 and PostgreSQL alike. A crossing source
 * counts about 100 refugees a day at Nasib for three months, and 1,000 on 2 March 1985; an office counts the
 * displaced and the refugees coming home to Dar'a, but entered only one day of the last week, stopped reporting for
 * As-Sweida on 10 February, and put a school into operation straight from damaged.
 */
@HomewardIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QualityApiIntegrationTest {

	private static final LocalDate FIRST = LocalDate.of(1984, 12, 1);
	private static final LocalDate AS_OF = LocalDate.of(1985, 3, 3);
	private static final String PASSWORD = "quality-password-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	void aCrossingAndAnOfficeReportForThreeMonths() throws Exception {
		TestSources.register(jdbc, "QAX");
		TestSources.register(jdbc, "QAO");
		TestUsers.insert(jdbc, "quality-partner", PASSWORD, "PARTNER", null, "QAX");
		List<String> crossing = new ArrayList<>();
		List<String> office = new ArrayList<>();
		int i = 0;
		for (LocalDate day = FIRST; !day.isAfter(AS_OF); day = day.plusDays(1), i++) {
			int persons = day.equals(LocalDate.of(1985, 3, 2)) ? 1000 : 100 + i % 5;
			crossing.add("qx-" + day + ",QAX," + day + ",refugee_returnee," + persons + ",SY12,,JOR,,NASIB,,");
			if (day.isBefore(LocalDate.of(1985, 2, 25)) || day.equals(AS_OF)) {
				office.add("qo-i-" + day + ",QAO," + day + ",idp_returnee,20,SY12,,,SY02,,,");
				office.add("qo-r-" + day + ",QAO," + day + ",refugee_returnee,110,SY12,,JOR,,,,");
			}
			if (!day.isAfter(LocalDate.of(1985, 2, 10))) {
				office.add("qs-" + day + ",QAO," + day + ",idp_returnee,30,SY13,,,SY02,,,");
			}
		}
		Uploads.csv(mvc, "/api/v1/imports/returns", HxlCsv.returns(crossing));
		Uploads.csv(mvc, "/api/v1/imports/returns", HxlCsv.returns(office));
		event("qe-1", "damaged", "1984-06-01");
		event("qe-2", "in_operation", "1985-03-01");
	}

	@Test
	void findsTheSpikeAtTheCrossingWithItsScoreAndTheTestsItFailed() throws Exception {
		quality("QAX").andExpect(status().isOk())
			.andExpect(jsonPath("$.outliers", hasSize(1)))
			.andExpect(jsonPath("$.outliers[0].source").value("QAX"))
			.andExpect(jsonPath("$.outliers[0].id").value("qx-1985-03-02"))
			.andExpect(jsonPath("$.outliers[0].date").value("1985-03-02"))
			.andExpect(jsonPath("$.outliers[0].adm1").value("SY12"))
			.andExpect(jsonPath("$.outliers[0].place").value("NASIB"))
			.andExpect(jsonPath("$.outliers[0].persons").value(1000))
			.andExpect(jsonPath("$.outliers[0].median").value(102.0))
			.andExpect(jsonPath("$.outliers[0].score").value(88.92))
			.andExpect(jsonPath("$.outliers[0].tests", contains("modified-z-score", "min-max")))
			.andExpect(jsonPath("$.outliers[0].reason").value("Far above this place's usual count: modified z-score "
					+ "88.9 against the 56 days before (median 102, MAD 6.8); above the highest count learned for this "
					+ "place over the 364 days before (208)."));
	}

	@Test
	void findsTheWeekWhoseReturnsFromAbroadExceedAllTheOfficeCounted() throws Exception {
		quality("QAX").andExpect(jsonPath("$.validation", hasSize(1)))
			.andExpect(jsonPath("$.validation[0].rule").value("abroad-above-total"))
			.andExpect(jsonPath("$.validation[0].source").value("QAX"))
			.andExpect(jsonPath("$.validation[0].adm1").value("SY12"))
			.andExpect(jsonPath("$.validation[0].from").value("1985-02-25"))
			.andExpect(jsonPath("$.validation[0].to").value("1985-03-03"))
			.andExpect(jsonPath("$.validation[0].ids", hasSize(7)))
			.andExpect(jsonPath("$.validation[0].otherSource").value("QAO"))
			.andExpect(jsonPath("$.validation[0].value").value(1612))
			.andExpect(jsonPath("$.validation[0].limit").value(130))
			.andExpect(jsonPath("$.validation[0].message").value("QAX counts 1,612 returns from abroad to SY12 from "
					+ "1985-02-25 to 1985-03-03, more than the 130 returns in all that QAO counts there."));
	}

	@Test
	void reportsTheOfficesMissingDaysItsSilentGovernorateAndItsSchoolOpenedWithoutWorks() throws Exception {
		quality("QAO").andExpect(status().isOk())
			.andExpect(jsonPath("$.outliers", hasSize(0)))
			// recorded decades after the days they count: every day reported is late
			.andExpect(jsonPath("$.completeness[0].adm1").doesNotExist())
			.andExpect(jsonPath("$.completeness[0].expectedDays").value(7))
			.andExpect(jsonPath("$.completeness[0].reportedDays").value(1))
			.andExpect(jsonPath("$.completeness[0].lateDays").value(1))
			.andExpect(jsonPath("$.completeness[1].adm1").value("SY12"))
			.andExpect(jsonPath("$.completeness[1].expectedDays").value(7))
			.andExpect(jsonPath("$.completeness[1].reportedDays").value(1))
			.andExpect(jsonPath("$.completeness[2].adm1").value("SY13"))
			.andExpect(jsonPath("$.completeness[2].expectedDays").value(7))
			.andExpect(jsonPath("$.completeness[2].reportedDays").value(0))
			.andExpect(jsonPath("$.silentSources", hasSize(1)))
			.andExpect(jsonPath("$.silentSources[0].adm1").value("SY13"))
			.andExpect(jsonPath("$.silentSources[0].lastReported").value("1985-02-10"))
			.andExpect(jsonPath("$.silentSources[0].silentDays").value(21))
			.andExpect(jsonPath("$.validation", hasSize(1)))
			.andExpect(jsonPath("$.validation[0].rule").value("opened-without-works"))
			.andExpect(jsonPath("$.validation[0].facility").value("QF-1"))
			.andExpect(jsonPath("$.validation[0].ids", contains("qe-2")));
	}

	@Test
	void keepsAPartnerToItsOwnSource() throws Exception {
		mvc.perform(get("/api/v1/quality/returns").param("asOf", AS_OF.toString())
				.with(httpBasic("quality-partner", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outliers[*].source", contains("QAX")))
			.andExpect(jsonPath("$.completeness[*].source", contains("QAX", "QAX")));
		mvc.perform(get("/api/v1/quality/returns").param("asOf", AS_OF.toString()).param("source", "QAO")
				.with(httpBasic("quality-partner", PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("outside-scope"));
	}

	@Test
	void refusesAVisitor() throws Exception {
		mvc.perform(get("/api/v1/quality/returns").param("asOf", AS_OF.toString())).andExpect(status().isUnauthorized());
	}

	@Test
	void refusesAPeriodOutOfRangeNamingTheParameter() throws Exception {
		mvc.perform(get("/api/v1/quality/returns").param("asOf", AS_OF.toString()).param("days", "0").with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("days"))
			.andExpect(jsonPath("$.value").value("0"))
			.andExpect(jsonPath("$.detail").value("days: must be between 1 and 366."));
	}

	@Test
	void answersAnUnknownSourceWith404() throws Exception {
		mvc.perform(get("/api/v1/quality/returns").param("asOf", AS_OF.toString()).param("source", "NOSUCH")
				.with(admin()))
			.andExpect(status().isNotFound());
	}

	@Test
	void showsThePageWithLinksToTheRecordsInEnglishRussianAndArabic() throws Exception {
		String english = page("en");
		org.assertj.core.api.Assertions.assertThat(english).contains("Quality of the figures",
				"href=\"/returns/QAX/qx-1985-03-02\"", "far above the place&#39;s usual count",
				"above the highest count learned for the place", "Returns from abroad above all returns",
				"1,612 returns from abroad, more than the 130 returns in all that QAO counts", "1,000");
		org.assertj.core.api.Assertions.assertThat(page("ru")).contains("Качество данных",
				"href=\"/returns/QAX/qx-1985-03-02\"", "намного больше обычного для этого места",
				"Вернувшихся из-за рубежа больше, чем вернувшихся всего").doesNotContain("far above", "Returns from");
		org.assertj.core.api.Assertions.assertThat(page("ar")).contains("جودة الأرقام",
				"href=\"/returns/QAX/qx-1985-03-02\"", "أعلى بكثير من المعتاد في هذا المكان",
				"العائدون من الخارج أكثر من مجموع العائدين").doesNotContain("far above", "Returns from");
	}

	private String page(String language) throws Exception {
		return mvc.perform(get("/quality").param("asOf", AS_OF.toString()).param("source", "QAX")
				.header("Accept-Language", language).with(user("analyst").roles("ANALYST")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private ResultActions quality(String source) throws Exception {
		return mvc.perform(get("/api/v1/quality/returns").param("asOf", AS_OF.toString()).param("days", "7")
				.param("source", source).with(admin()));
	}

	private void event(String id, String status, String day) throws Exception {
		mvc.perform(post("/api/v1/facilities/events").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\":\"" + id + "\",\"source\":\"QAO\",\"facility\":\"QF-1\",\"type\":\"school\","
					+ "\"adm1\":\"SY12\",\"status\":\"" + status + "\",\"date\":\"" + day + "\"}"))
			.andExpect(status().isCreated());
	}
}
