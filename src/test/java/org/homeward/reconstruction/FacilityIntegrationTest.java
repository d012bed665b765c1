package org.homeward.reconstruction;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.homeward.support.AtOnce;
import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.ImportStepCounts;
import org.homeward.support.SourceOfItsOwn;
import org.homeward.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.hamcrest.Matchers.contains;
import static org.homeward.support.Credentials.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Facilities through their statuses, and the reconstruction figures of the briefing (exchange contract 2 and 4). */
@HomewardIntegrationTest
class FacilityIntegrationTest {

	static final String HEADER = """
			Event,Source,Facility,Name,Type,Governorate,District,Sub-district,Community,Status,Date
			#meta+id,#meta+source,#loc+facility+code,#loc+facility+name,#loc+facility+type,#adm1+code,#adm2+code,#adm3+code,#adm4+code,#status,#date
			""";

	static final String HISTORY = HEADER + """
			e1,SRC,F1,Ariha school,school,SY07,SY0705,SY070500,C4278,damaged,2018-01-10
			e2,SRC,F1,Ariha school,school,SY07,SY0705,SY070500,C4278,works_under_way,2018-05-01
			e3,SRC,F1,Ariha school,school,SY07,SY0705,SY070500,C4278,in_operation,2018-10-18
			e4,SRC,F2,,residential_building,SY02,SY0200,SY020000,,damaged,2018-02-01
			e5,SRC,F2,,residential_building,SY02,SY0200,SY020000,,works_under_way,2018-06-01
			e6,SRC,F2,,residential_building,SY02,SY0200,SY020000,,in_operation,2018-09-01
			e7,SRC,F3,Ariha clinic,medical_facility,SY07,SY0705,SY070500,C4278,works_under_way,2018-07-01
			e8,SRC,F4,,bakery,SY05,SY0501,SY050100,,works_under_way,2018-08-01
			e9,SRC,F4,,bakery,SY05,SY0501,SY050100,,in_operation,2018-10-17
			e10,SRC,F4,,bakery,SY05,SY0501,SY050100,,damaged,2018-10-20
			e11,SRC,F5,,school,SY03,SY0301,SY030101,,works_under_way,2018-09-10
			e12,SRC,F5,,school,SY03,SY0301,SY030101,,in_operation,2018-10-19
			e13,SRC,F6,,school,SY07,SY0705,SY070500,C4278,works_under_way,2018-10-25
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@Autowired
	TestClock clock;

	@SourceOfItsOwn("F")
	String source;

	@Test
	void countsWhatWasPutIntoOperationAndWhatIsUnderWayBeforeAndAfterAVoid() throws Exception {
		importCsv(HISTORY).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(13));
		clock.advance(Duration.ofSeconds(1));
		Instant beforeVoid = clock.instant();
		clock.advance(Duration.ofSeconds(1));
		importCsv("Event,Source,Void\n#meta+id,#meta+source,#meta+void\ne12,SRC,true\n")
			.andExpect(status().isOk()).andExpect(jsonPath("$.voided").value(1));

		briefing(null)
			.andExpect(jsonPath("$.reconstruction.putIntoOperationInPeriod.school").value(1))
			.andExpect(jsonPath("$.reconstruction.putIntoOperationInPeriod.bakery").value(1))
			.andExpect(jsonPath("$.reconstruction.putIntoOperationInPeriod.residential_building").doesNotExist())
			.andExpect(jsonPath("$.reconstruction.worksUnderWay.settlements").value(2))
			.andExpect(jsonPath("$.reconstruction.worksUnderWay.byType.medical_facility").value(1))
			.andExpect(jsonPath("$.reconstruction.worksUnderWay.byType.school").value(1))
			.andExpect(jsonPath("$.reconstruction.worksUnderWay.byType.bakery").doesNotExist());

		briefing(beforeVoid)
			.andExpect(jsonPath("$.reconstruction.putIntoOperationInPeriod.school").value(2))
			.andExpect(jsonPath("$.reconstruction.putIntoOperationInPeriod.bakery").value(1))
			.andExpect(jsonPath("$.reconstruction.worksUnderWay.settlements").value(1))
			.andExpect(jsonPath("$.reconstruction.worksUnderWay.byType.medical_facility").value(1))
			.andExpect(jsonPath("$.reconstruction.worksUnderWay.byType.school").doesNotExist());
	}

	@Test
	void aFacilityPutIntoOperationBeforeThePeriodIsNotCountedAgainAfterARepeatedStatus() throws Exception {
		importCsv(HEADER + """
				g1,SRC,G1,,school,SY07,,,,in_operation,2018-09-01
				g2,SRC,G1,,school,SY07,,,,in_operation,2018-10-20
				""").andExpect(status().isOk());
		briefing(null).andExpect(jsonPath("$.reconstruction.putIntoOperationInPeriod.school").doesNotExist())
			.andExpect(jsonPath("$.reconstruction.worksUnderWay.settlements").value(0));
	}

	@Test
	void refusesBadEventsNamingRowColumnAndValueAndWritesNothing() throws Exception {
		importCsv(HISTORY).andExpect(status().isOk());
		long eventsBefore = events();
		importCsv(HEADER + """
				b1,SRC,B1,,church,SY07,,,,damaged,2018-10-01
				b2,SRC,B2,,school,SY07,,,,rebuilt,2018-10-01
				b3,SRC,B3,,school,SY99,,,,damaged,2018-10-01
				b4,SRC,B4,,school,SY07,,,,damaged,2999-10-01
				b5,SRC,F1,Ariha school,school,SY07,SY0705,SY070500,,damaged,2018-10-21
				b6,SRC,F3,,bakery,SY07,SY0705,SY070500,C4278,damaged,2018-10-21
				""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].row", contains(3, 4, 5, 6)))
			.andExpect(jsonPath("$.errors[*].column", contains("#loc+facility+type", "#status", "#adm1+code", "#date")))
			.andExpect(jsonPath("$.errors[*].value", contains("church", "rebuilt", "SY99", "2999-10-01")));
		importCsv(HEADER + """
				b5,SRC,F1,Ariha school,school,SY07,SY0705,SY070500,,damaged,2018-10-21
				b6,SRC,F3,,bakery,SY07,SY0705,SY070500,C4278,damaged,2018-10-21
				""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].value").value("SY070500"))
			.andExpect(jsonPath("$.errors[0].message").value("Facility F1 stands in C4278; a facility does not move to "
					+ "another settlement. Give the new place a facility code of its own."))
			.andExpect(jsonPath("$.errors[1].row").value(4))
			.andExpect(jsonPath("$.errors[1].message").value("Facility F3 is a medical_facility; a facility keeps its type."));
		importCsv("Event,Source,Void\n#meta+id,#meta+source,#meta+void\nnever,SRC,true\n")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("Source " + source
					+ " has no status event with this id to retract."));
		assertThat(events()).isEqualTo(eventsBefore);
	}

	@Test
	void recordsSingleEventsAsJsonAndShowsAFacilitysHistory() throws Exception {
		mvc.perform(post("/api/v1/facilities/events").with(admin()).contentType("application/json").content("""
				{"id": "j1", "source": "%s", "facility": "BK-1", "name": "Central bakery", "type": "bakery",
				 "adm1": "SY12", "status": "damaged", "date": "2018-03-01"}""".formatted(source)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.governorate").value("SY12"))
			.andExpect(jsonPath("$.settlement").value("SY12"));
		mvc.perform(post("/api/v1/facilities/events").with(admin()).contentType("application/json").content("""
				{"id": "j2", "source": "%s", "facility": "BK-1", "type": "bakery", "adm1": "SY12",
				 "status": "works_under_way", "date": "2018-06-01"}""".formatted(source)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.events[*].status", contains("DAMAGED", "WORKS_UNDER_WAY")));
		mvc.perform(delete("/api/v1/facilities/events/{source}/j2", source).with(admin()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].column").value("reason"));
		mvc.perform(delete("/api/v1/facilities/events/{source}/j2", source).with(admin()).param("reason", "wrong facility"))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/facilities/{source}/BK-1", source).with(admin()))
			.andExpect(jsonPath("$.events.length()").value(1))
			.andExpect(jsonPath("$.name").value("Central bakery"));
		mvc.perform(get("/api/v1/facilities/{source}/NOPE", source).with(admin())).andExpect(status().isNotFound());
	}

	@Test
	void timesEachStepOfAnImport() throws Exception {
		Map<String, Long> before = ImportStepCounts.of(meters, "facilities");
		importCsv(HISTORY).andExpect(status().isOk());
		assertThat(ImportStepCounts.since(before, ImportStepCounts.of(meters, "facilities"))).containsExactly(
				entry("apply", 1L), entry("check", 1L), entry("finish", 1L), entry("read-validate-stage", 1L),
				entry("timelines", 1L));
	}

	/** Names keep every character they were sent with, however rows are staged; a name is one line. */
	@Test
	void keepsNamesAsSent() throws Exception {
		importCsv(HEADER + """
				n1,SRC,N1,"Bakery ""Al-Nour"", east",bakery,SY07,,,,damaged,2018-01-10
				n2,SRC,N2,"a backslash \\ and a slash /",school,SY07,,,,damaged,2018-01-10
				n3,SRC,N3,مدرسة الأمل,school,SY07,,,,damaged,2018-01-10
				""").andExpect(status().isOk()).andExpect(jsonPath("$.created").value(3));
		mvc.perform(get("/api/v1/facilities/{source}/N1", source).with(admin()))
			.andExpect(jsonPath("$.name").value("Bakery \"Al-Nour\", east"));
		mvc.perform(get("/api/v1/facilities/{source}/N2", source).with(admin()))
			.andExpect(jsonPath("$.name").value("a backslash \\ and a slash /"));
		mvc.perform(get("/api/v1/facilities/{source}/N3", source).with(admin()))
			.andExpect(jsonPath("$.name").value("مدرسة الأمل"));
		importCsv("Event,Source,Void\n#meta+id,#meta+source,#meta+void\nn3,SRC,true\n").andExpect(status().isOk())
			.andExpect(jsonPath("$.voided").value(1));
		importCsv(HEADER + "n2,SRC,N2,\"a backslash \\ and a slash /\",school,SY07,,,,damaged,2018-01-10\n")
			.andExpect(status().isOk()).andExpect(jsonPath("$.unchanged").value(1));
		importCsv(HEADER + "n4,SRC,N4,\"first line\nsecond line\",school,SY07,,,,damaged,2018-01-10\n")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("#loc+facility+name"))
			.andExpect(jsonPath("$.errors[0].value").value("first line\nsecond line"));
	}

	@Test
	void breaksTheFiguresDownByGovernorateAndExportsEventsThatImportBackUnchanged() throws Exception {
		importCsv(HISTORY).andExpect(status().isOk());
		mvc.perform(get("/api/v1/facilities/figures").with(admin()).param("asOf", "2018-10-22").param("source", source))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.putIntoOperationByGovernorate.SY07").value(1))
			.andExpect(jsonPath("$.putIntoOperationByGovernorate.SY05").value(1))
			.andExpect(jsonPath("$.putIntoOperationByGovernorate.SY03").value(1))
			.andExpect(jsonPath("$.worksUnderWayByGovernorate.SY07").value(1))
			.andExpect(jsonPath("$.worksUnderWaySettlements").value(1));
		String csv = mvc.perform(get("/api/v1/exports/facilities").with(admin()).param("source", source))
			.andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv.lines()).hasSize(15)
			.contains("e1," + source + ",F1,Ariha school,school,SY07,SY0705,SY070500,C4278,damaged,2018-01-10")
			.contains("e4," + source + ",F2,,residential_building,SY02,SY0200,SY020000,,damaged,2018-02-01");
		mvc.perform(post("/api/v1/imports/facilities").with(admin()).contentType("text/csv").content(csv))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unchanged").value(13));
	}

	@Test
	void knowsTheFiguresAsAtAnInstantAfterThousandsOfLaterChanges() throws Exception {
		// 1,200 bakeries under way; after K every one of them is put into operation, more than the changes Homeward
		// looks up one by one, so the figures as known at K are read set-based.
		StringBuilder underWay = new StringBuilder(HEADER);
		StringBuilder inOperation = new StringBuilder(HEADER);
		for (int i = 1; i <= 1200; i++) {
			underWay.append("w").append(i).append(",SRC,B").append(i).append(",,bakery,SY05,,,,works_under_way,2018-09-01\n");
			inOperation.append("o").append(i).append(",SRC,B").append(i).append(",,bakery,SY05,,,,in_operation,2018-10-20\n");
		}
		importCsv(underWay.toString()).andExpect(status().isOk());
		clock.advance(Duration.ofSeconds(1));
		Instant known = clock.instant();
		clock.advance(Duration.ofSeconds(1));
		importCsv(inOperation.toString()).andExpect(status().isOk());
		briefing(known).andExpect(jsonPath("$.reconstruction.worksUnderWay.byType.bakery").value(1200))
			.andExpect(jsonPath("$.reconstruction.putIntoOperationInPeriod.bakery").doesNotExist());
		briefing(null).andExpect(jsonPath("$.reconstruction.worksUnderWay.byType.bakery").doesNotExist())
			.andExpect(jsonPath("$.reconstruction.putIntoOperationInPeriod.bakery").value(1200));
	}

	private long events() {
		return jdbc.sql("select count(*) from facility_event where source_code = ?").param(source).query(Long.class)
			.single();
	}

	private ResultActions briefing(Instant knownAt) throws Exception {
		var request = get("/api/v1/briefings").param("asOf", "2018-10-22").param("source", source);
		if (knownAt != null) {
			request.param("knownAt", knownAt.toString());
		}
		return mvc.perform(request).andExpect(status().isOk());
	}

	private ResultActions importCsv(String csv) throws Exception {
		return mvc.perform(post("/api/v1/imports/facilities").with(admin()).contentType("text/csv")
			.content(csv.replace("SRC", source)));
	}

	@Test
	void acceptsEveryOneOfManyEventsSentAtOnceAsTheSourcesFirst() throws Exception {
		// the first events of a source race for its figures' lock row and the first day-by-day changes
		java.util.List<MockHttpServletRequestBuilder> requests = new java.util.ArrayList<>();
		for (int writer = 1; writer <= 8; writer++) {
			requests.add(post("/api/v1/facilities/events").with(admin()).contentType("application/json").content("""
					{"id": "race-%1$d", "source": "%2$s", "facility": "SC-%1$d", "type": "school", "adm1": "SY02",
					 "status": "works_under_way", "date": "2018-09-30"}""".formatted(writer, source)));
		}
		java.util.List<Integer> statuses = AtOnce.statuses(mvc, requests);
		assertThat(statuses).containsOnly(201);
		mvc.perform(get("/api/v1/facilities/figures").with(admin()).param("asOf", "2018-09-30").param("source", source))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.worksUnderWayByType.school").value(8))
			.andExpect(jsonPath("$.worksUnderWaySettlements").value(1));
	}
}
