package org.homeward.returns;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.ImportStepCounts;
import org.homeward.support.HxlCsv;
import org.homeward.support.SourceOfItsOwn;
import org.homeward.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.homeward.support.Credentials.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The journey of issue 3: import, import again, correct, and ask the figures as known before and after. */
@HomewardIntegrationTest
class ReturnsLedgerIntegrationTest {

	static final String FIRST_FILE = HxlCsv.returns(
			"r1,LEDGER,2018-10-20,refugee_returnee,120,SY03,,LBN,,JDAYDET_YABOUS,60,60",
			"r2,LEDGER,2018-10-21,refugee_returnee,100,SY04,SY0401,JOR,,NASIB,,",
			"r3,LEDGER,2018-10-22,idp_returnee,40,SY02,,,SY07,,,",
			"r4,LEDGER,2018-10-10,idp_returnee,500,SY05,,,,,,",
			"r5,LEDGER,2018-10-16,refugee_returnee,30,SY01,,TUR,,,,",
			"r6,LEDGER,2018-09-01,refugee_returnee,1000,SY02,,TUR,,BAB_AL_SALAMEH,,");

	static final String CORRECTIONS = HxlCsv.returns(
			"r1,LEDGER,2018-10-20,refugee_returnee,120,SY03,,LBN,,JDAYDET_YABOUS,60,60",
			"r2,LEDGER,2018-10-21,refugee_returnee,150,SY04,SY0401,JOR,,NASIB,,",
			"r7,LEDGER,2018-10-22,refugee_returnee,10,SY12,,JOR,,NASIB,,");

	static final String VOID_R3 = "Id,Source,Void\n#meta+id,#meta+source,#meta+void\nr3,LEDGER,true\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@Autowired
	TestClock clock;

	/** Each test records as a source of its own, so tests sharing the database do not count each other's rows. */
	@SourceOfItsOwn("L")
	String source;

	@Test
	void importsReimportsCorrectsAndReproducesWhatWasKnownBefore() throws Exception {
		importCsv(FIRST_FILE).andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(6))
			.andExpect(jsonPath("$.created").value(6))
			.andExpect(jsonPath("$.superseded").value(0))
			.andExpect(jsonPath("$.unchanged").value(0))
			.andExpect(jsonPath("$.voided").value(0))
			.andExpect(jsonPath("$.ignoredColumns.length()").value(0));
		importCsv(FIRST_FILE).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.unchanged").value(6));
		Instant beforeCorrections = pause();

		importCsv(CORRECTIONS).andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(3))
			.andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.superseded").value(1))
			.andExpect(jsonPath("$.unchanged").value(1));
		importCsv(VOID_R3).andExpect(status().isOk())
			.andExpect(jsonPath("$.voided").value(1))
			.andExpect(jsonPath("$.ignoredColumns.length()").value(0));

		briefing("2018-10-22", null)
			.andExpect(jsonPath("$.returns.total").value(1810))
			.andExpect(jsonPath("$.returns.idpReturnees").value(500))
			.andExpect(jsonPath("$.returns.refugeeReturnees").value(1310))
			.andExpect(jsonPath("$.returns.inPeriod").value(310))
			.andExpect(jsonPath("$.returns.refugeeReturneesByOriginCountry.LBN").value(120))
			.andExpect(jsonPath("$.returns.refugeeReturneesByOriginCountry.JOR").value(160))
			.andExpect(jsonPath("$.returns.refugeeReturneesByOriginCountry.TUR").value(1030))
			.andExpect(jsonPath("$.returns.totalByGovernorate.SY02").value(1000))
			.andExpect(jsonPath("$.returns.totalByGovernorate.SY04").value(150))
			.andExpect(jsonPath("$.returns.totalByGovernorate.SY12").value(10));

		briefing("2018-10-22", beforeCorrections)
			.andExpect(jsonPath("$.knownAt").value(beforeCorrections.toString()))
			.andExpect(jsonPath("$.returns.total").value(1790))
			.andExpect(jsonPath("$.returns.idpReturnees").value(540))
			.andExpect(jsonPath("$.returns.refugeeReturnees").value(1250))
			.andExpect(jsonPath("$.returns.inPeriod").value(290))
			.andExpect(jsonPath("$.returns.refugeeReturneesByOriginCountry.JOR").value(100))
			.andExpect(jsonPath("$.returns.totalByGovernorate.SY02").value(1040))
			.andExpect(jsonPath("$.returns.totalByGovernorate.SY04").value(100))
			.andExpect(jsonPath("$.returns.totalByGovernorate.SY12").doesNotExist());
	}

	@Test
	void keepsEveryVersionWithWhoAndWhy() throws Exception {
		importCsv(FIRST_FILE).andExpect(status().isOk());
		importCsv(CORRECTIONS).andExpect(status().isOk());
		importCsv(VOID_R3).andExpect(status().isOk());
		mvc.perform(get("/api/v1/returns/{source}/r2/versions", source).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].persons", contains(100, 150)))
			.andExpect(jsonPath("$[*].version", contains(1, 2)))
			.andExpect(jsonPath("$[1].recordedBy").value("admin"));
		mvc.perform(get("/api/v1/returns/{source}/r3/versions", source).with(admin()))
			.andExpect(jsonPath("$[*].voided", contains(false, true)))
			.andExpect(jsonPath("$[1].persons").value(40));
	}

	@Test
	void breaksFiguresDownBySexEntryPointAndDistrict() throws Exception {
		importCsv(FIRST_FILE).andExpect(status().isOk());
		mvc.perform(get("/api/v1/returns/figures").with(admin()).param("asOf", "2018-10-22").param("source", source)
				.param("by", "sex", "entry_point", "district", "origin_governorate", "day").param("days", "7"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.persons").value(290))
			.andExpect(jsonPath("$.from").value("2018-10-16"))
			.andExpect(jsonPath("$.by.sex.female").value(60))
			.andExpect(jsonPath("$.by.sex.male").value(60))
			.andExpect(jsonPath("$.by.sex.not_reported").value(170))
			.andExpect(jsonPath("$.by.entry_point.JDAYDET_YABOUS").value(120))
			.andExpect(jsonPath("$.by.entry_point.NASIB").value(100))
			.andExpect(jsonPath("$.by.entry_point.BAB_AL_SALAMEH").doesNotExist())
			.andExpect(jsonPath("$.by.district.SY0401").value(100))
			.andExpect(jsonPath("$.by.origin_governorate.SY07").value(40))
			.andExpect(jsonPath("$.by.day['2018-10-20']").value(120))
			.andExpect(jsonPath("$.by.day['2018-10-16']").value(30));
	}

	/** Ids keep every character they were sent with, and empty cells stay unknown, however rows are staged. */
	@Test
	void keepsIdsAsSentAndEmptyCellsAsUnknown() throws Exception {
		String file = HxlCsv.returns("\"a,\"\"quoted\"\",b\",LEDGER,2018-10-20,idp_returnee,10,SY03,,,SY07,,,",
				"back\\slash,LEDGER,2018-10-20,idp_returnee,20,SY04,SY0401,,,,,",
				"سجل-٧,LEDGER,2018-10-21,refugee_returnee,30,SY02,,TUR,,BAB_AL_SALAMEH,0,30");
		importCsv(file).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(3));
		importCsv(file).andExpect(status().isOk()).andExpect(jsonPath("$.unchanged").value(3));
		importCsv("Id,Source,Void\n#meta+id,#meta+source,#meta+void\n\"a,\"\"quoted\"\",b\",LEDGER,true\n")
			.andExpect(status().isOk()).andExpect(jsonPath("$.voided").value(1));

		assertThat(jdbc.sql("""
				select record_id || '|' || version || '|' || case when voided then 'void' else 'kept' end || '|'
				       || persons || '|' || coalesce(adm2_code, 'null') || '|' || coalesce(origin_country, 'null') || '|'
				       || coalesce(cast(female as varchar(11)), 'null') || '|' || coalesce(cast(age_0_4 as varchar(11)), 'null')
				  from return_record where source_code = ? order by record_id, version
				""").param(source).query(String.class).list()).containsExactly(
						"a,\"quoted\",b|1|kept|10|null|null|null|null", "a,\"quoted\",b|2|void|10|null|null|null|null",
						"back\\slash|1|kept|20|SY0401|null|null|null", "سجل-٧|1|kept|30|null|TUR|0|null");
		briefing("2018-10-22", null).andExpect(jsonPath("$.returns.total").value(50))
			.andExpect(jsonPath("$.returns.totalByGovernorate.SY03").doesNotExist());
	}

	/** Each step of an import is timed once, on the timer an operator reads; a refused file adds to none. */
	@Test
	void timesEachStepOfAnImportAndNoneOfARefusedOne() throws Exception {
		Map<String, Long> before = ImportStepCounts.of(meters, "returns");
		importCsv(FIRST_FILE).andExpect(status().isOk());
		importCsv(HxlCsv.returns("bad,LEDGER,2018-02-30,idp_returnee,1,SY03,,,,,,"))
			.andExpect(status().isUnprocessableContent());
		assertThat(ImportStepCounts.since(before, ImportStepCounts.of(meters, "returns"))).containsExactly(
				entry("aggregates", 1L), entry("changes", 1L), entry("check", 1L), entry("finish", 1L),
				entry("heads", 1L), entry("read-validate-stage", 1L), entry("versions", 1L));
		mvc.perform(get("/actuator/prometheus").with(admin())).andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"homeward_import_step_seconds_count{ledger=\"returns\",step=\"aggregates\"}")));
	}

	private ResultActions importCsv(String csv) throws Exception {
		return mvc.perform(post("/api/v1/imports/returns").with(admin()).contentType("text/csv")
			.content(csv.replace("LEDGER", source)));
	}

	private ResultActions briefing(String asOf, Instant knownAt) throws Exception {
		var request = get("/api/v1/briefings").param("asOf", asOf).param("source", source);
		if (knownAt != null) {
			request.param("knownAt", knownAt.toString());
		}
		return mvc.perform(request).andExpect(status().isOk());
	}

	/** An instant strictly between two writes: the clock moves ahead before it and after it. */
	private Instant pause() {
		clock.advance(Duration.ofSeconds(1));
		Instant between = clock.instant();
		clock.advance(Duration.ofSeconds(1));
		return between;
	}
}
