package org.homeward.reconstruction.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.homeward.reconstruction.WorksUnderWay;
import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.TestSources;
import org.homeward.support.Uploads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Credentials.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The timelines the figures read must say what the events say. Random histories (several events on one day,
 * corrections that move an event to another day or status, voids) arrive in several imports; after each, the
 * figures from the timelines equal the figures computed from the events themselves, on every day and period.
 */
@HomewardIntegrationTest
class FacilityTimelinesIntegrationTest {

	private static final String SOURCE = "TIMELN";
	private static final String LARGE_SOURCE = "TIMEBIG";
	private static final String NEW_SOURCE = "TIMENEW";
	private static final String MOVED_SOURCE = "TIMEMOVE";
	private static final String[] STATUSES = { "damaged", "works_under_way", "in_operation" };
	private static final String[] PLACES = { "SY07,SY0705,SY070500,C4278", "SY02,SY0200,SY020000,",
			"SY05,SY0501,SY050100,", "SY03,SY0301,SY030101," };
	private static final String[] TYPES = { "school", "bakery", "medical_facility" };
	private static final LocalDate FIRST_DAY = LocalDate.of(2018, 1, 1);
	private static final int DAYS = 40;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FacilityFigures events;

	@Autowired
	FacilityTimelines timelines;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void figuresFromTheTimelinesEqualFiguresFromTheEventsAfterEveryImport() throws Exception {
		TestSources.register(jdbc, SOURCE);
		Random random = new Random(7);
		List<String> known = new ArrayList<>();
		for (int round = 0; round < 6; round++) {
			StringBuilder csv = new StringBuilder("""
					Event,Source,Facility,Type,Governorate,District,Sub-district,Community,Status,Date,Void
					#meta+id,#meta+source,#loc+facility+code,#loc+facility+type,#adm1+code,#adm2+code,#adm3+code,#adm4+code,#status,#date,#meta+void
					""");
			List<String> inThisFile = new ArrayList<>();
			for (int row = 0; row < 60; row++) {
				boolean correction = !known.isEmpty() && random.nextInt(4) == 0;
				String id;
				int facility;
				if (correction) {
					id = known.get(random.nextInt(known.size()));
					facility = Integer.parseInt(id.substring(id.lastIndexOf('f') + 1));
				}
				else {
					facility = random.nextInt(25);
					id = "e" + round + "-" + row + "f" + facility;
				}
				if (inThisFile.contains(id)) {
					continue;
				}
				inThisFile.add(id);
				if (correction && random.nextInt(3) == 0) {
					csv.append(id).append(',').append(SOURCE).append(",,,,,,,,,true\n");
					known.remove(id);
					continue;
				}
				csv.append(line(SOURCE, id, facility, random));
				if (!correction) {
					known.add(id);
				}
			}
			Uploads.csv(mvc, "/api/v1/imports/facilities", csv.toString());
			assertFiguresAgree(SOURCE);
		}
		transaction.executeWithoutResult(status -> timelines.rebuild());
		assertFiguresAgree(SOURCE);
	}

	/**
	 * A write of more facilities than one batch of spans holds, and than the threshold from which PostgreSQL's
	 * statistics are refreshed first: the timelines stream and are written in several batches. Then corrections
	 * and voids of a quarter of the events, then a source the statistics do not know yet.
	 */
	@Test
	void aWriteOfThousandsOfFacilitiesKeepsTheTimelinesInStep() throws Exception {
		TestSources.register(jdbc, LARGE_SOURCE);
		Random random = new Random(11);
		String header = """
				Event,Source,Facility,Type,Governorate,District,Sub-district,Community,Status,Date,Void
				#meta+id,#meta+source,#loc+facility+code,#loc+facility+type,#adm1+code,#adm2+code,#adm3+code,#adm4+code,#status,#date,#meta+void
				""";
		StringBuilder first = new StringBuilder(header);
		StringBuilder second = new StringBuilder(header);
		for (int facility = 0; facility < 2_500; facility++) {
			for (int event = 0; event < 2; event++) {
				String id = "big" + event + "f" + facility;
				first.append(line(LARGE_SOURCE, id, facility, random));
				switch (random.nextInt(4)) {
					case 0 -> second.append(id).append(',').append(LARGE_SOURCE).append(",,,,,,,,,true\n");
					case 1 -> second.append(line(LARGE_SOURCE, id, facility, random));
					default -> {
					}
				}
			}
		}
		Uploads.csv(mvc, "/api/v1/imports/facilities", first.toString());
		assertThat(jdbc.sql("select count(*) from facility_span where source_code = ?").param(LARGE_SOURCE).query(Long.class)
			.single()).as("more spans than one batch").isGreaterThan(4_000);
		assertFiguresAgree(LARGE_SOURCE);
		Uploads.csv(mvc, "/api/v1/imports/facilities", second.toString());
		assertFiguresAgree(LARGE_SOURCE);
		assertThat(jdbc.sql("select count(*) from facility_timeline_refresh").query(Long.class).single())
			.as("the list of facilities to refresh is emptied by the write").isZero();

		// then a source the statistics gathered during that write do not know: on PostgreSQL a join of its 1,200
		// facilities planned for one row took minutes (facilities × events × facilities)
		TestSources.register(jdbc, NEW_SOURCE);
		StringBuilder newSource = new StringBuilder(header);
		for (int facility = 0; facility < 1_200; facility++) {
			newSource.append(line(NEW_SOURCE, "new" + facility, facility, random));
		}
		Uploads.csv(mvc, "/api/v1/imports/facilities", newSource.toString());
		assertFiguresAgree(NEW_SOURCE);
	}

	/**
	 * A coordinator's correction that names another facility moves the event: the facility it leaves is counted as
	 * its remaining events say, in the same write, and no longer as the event said.
	 */
	@Test
	void anEventMovedToAnotherFacilityLeavesTheOldFacilitysTimelineInStep() throws Exception {
		TestSources.register(jdbc, MOVED_SOURCE);
		String header = """
				Event,Source,Facility,Type,Governorate,District,Sub-district,Status,Date
				#meta+id,#meta+source,#loc+facility+code,#loc+facility+type,#adm1+code,#adm2+code,#adm3+code,#status,#date
				""";
		Uploads.csv(mvc, "/api/v1/imports/facilities", header + """
				m1,TIMEMOVE,OLD,school,SY07,SY0705,SY070500,works_under_way,2018-09-01
				m2,TIMEMOVE,OLD,school,SY07,SY0705,SY070500,in_operation,2018-10-20
				m3,TIMEMOVE,NEW,school,SY02,SY0200,SY020000,damaged,2018-08-01
				""");
		Uploads.csv(mvc, "/api/v1/imports/facilities", header + """
				m2,TIMEMOVE,NEW,school,SY02,SY0200,SY020000,in_operation,2018-10-20
				""");
		mvc.perform(get("/api/v1/facilities/figures").with(admin()).param("asOf", "2018-10-22")
			.param("source", MOVED_SOURCE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.putIntoOperationByGovernorate.length()").value(1))
			.andExpect(jsonPath("$.putIntoOperationByGovernorate.SY02").value(1))
			.andExpect(jsonPath("$.worksUnderWayByGovernorate.length()").value(1))
			.andExpect(jsonPath("$.worksUnderWayByGovernorate.SY07").value(1))
			.andExpect(jsonPath("$.worksUnderWaySettlements").value(1));
		assertThat(jdbc.sql("""
				select facility_code || ' ' || status || ' ' || cast(from_day as varchar(10)) || ' '
				       || coalesce(cast(to_day as varchar(10)), '-')
				  from facility_span where source_code = ? order by facility_code, seq
				""").param(MOVED_SOURCE).query(String.class).list()).containsExactly(
					"NEW DAMAGED 2018-08-01 2018-10-20", "NEW IN_OPERATION 2018-10-20 -",
					"OLD WORKS_UNDER_WAY 2018-09-01 -");
		assertThat(timelines.worksUnderWay(MOVED_SOURCE, LocalDate.of(2018, 10, 22)))
			.isEqualTo(events.worksUnderWay(MOVED_SOURCE, LocalDate.of(2018, 10, 22), null));
	}

	/** Event ids carry their facility's number, so a correction keeps the facility (which never moves). */
	private static String line(String source, String id, int facility, Random random) {
		String place = PLACES[facility % PLACES.length];
		String type = TYPES[facility % TYPES.length];
		LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
		return id + "," + source + ",F" + facility + "," + type + "," + place + ","
				+ STATUSES[random.nextInt(STATUSES.length)] + "," + day + ",\n";
	}

	private void assertFiguresAgree(String source) {
		long daysWithWorks = 0;
		for (int day = -1; day <= DAYS + 1; day++) {
			LocalDate asOf = FIRST_DAY.plusDays(day);
			WorksUnderWay fromTimelines = timelines.worksUnderWay(source, asOf);
			WorksUnderWay fromEvents = events.worksUnderWay(source, asOf, null);
			assertThat(fromTimelines).as("works under way on %s", asOf).isEqualTo(fromEvents);
			daysWithWorks += fromTimelines.settlements() > 0 ? 1 : 0;
			LocalDate weekStart = asOf.minusDays(6);
			for (FacilityGrouping by : FacilityGrouping.values()) {
				assertThat(timelines.putIntoOperation(source, weekStart, asOf, by))
					.as("put into operation in the week to %s", asOf)
					.isEqualTo(events.putIntoOperation(source, weekStart, asOf, null, by));
			}
		}
		assertThat(daysWithWorks).as("days with works under way, so that the comparison compares something")
			.isGreaterThan(DAYS / 2);
	}
}
