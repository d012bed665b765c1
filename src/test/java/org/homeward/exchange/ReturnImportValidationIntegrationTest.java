package org.homeward.exchange;

import java.util.ArrayList;
import java.util.List;

import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.HxlCsv;
import org.homeward.support.SourceOfItsOwn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.homeward.support.Credentials.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bad input gets a clear answer naming row, column and value, and changes nothing. */
@HomewardIntegrationTest
class ReturnImportValidationIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@SourceOfItsOwn("V")
	String source;

	@Test
	void namesEveryBadRowWithItsColumnValueAndReason() throws Exception {
		importCsv(HxlCsv.returns(
				"a1,SRC,2018-10-20,refugee_returnee,120,SY03,,LBN,,JDAYDET_YABOUS,60,60",
				"a2,SRC,2018-10-20,refugee_returnee,10,SY99,,LBN,,,,",
				"a3,SRC,2018-10-20,refugee_returnee,10,SY03,SY0200,LBN,,,,",
				"a4,NOBODY,2018-10-20,refugee_returnee,10,SY03,,LBN,,,,",
				"a5,SRC,2018-10-20,returnee,10,SY03,,LBN,,,,",
				"a6,SRC,2018-10-20,idp_returnee,-5,SY03,,,,,,",
				"a7,SRC,2018-10-20,idp_returnee,12.5,SY03,,,,,,",
				"a8,SRC,2018-10-20,refugee_returnee,10,SY03,,LBN,,,6,5",
				"a9,SRC,2999-01-01,idp_returnee,10,SY03,,,,,,",
				"a10,SRC,20/10/2018,idp_returnee,10,SY03,,,,,,",
				"a11,SRC,2018-10-20,refugee_returnee,10,SY03,,,,,,",
				"a12,SRC,2018-10-20,refugee_returnee,10,SY03,,XXX,,,,",
				"a13,SRC,2018-10-20,refugee_returnee,10,SY03,,LBN,,SY03,,"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("invalid-input"))
			.andExpect(jsonPath("$.detail").value("12 problems were found in 13 rows; nothing was written."))
			.andExpect(jsonPath("$.errors[*].row", contains(4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)))
			.andExpect(jsonPath("$.errors[*].column", contains("#adm1+code", "#adm2+code", "#meta+source",
					"#affected+type", "#affected+returnees", "#affected+returnees", "#affected+returnees+m", "#date",
					"#date", "#country+origin+code", "#country+origin+code", "#loc+entry+code")))
			.andExpect(jsonPath("$.errors[*].value", contains("SY99", "SY0200", "NOBODY", "returnee", "-5", "12.5", "5",
					"2999-01-01", "20/10/2018", "", "XXX", "SY03")))
			.andExpect(jsonPath("$.errors[1].message").value("Al Bab (SY0200) does not lie in Rural Damascus (SY03)."
					.replace("Al Bab", districtName("SY0200"))))
			.andExpect(jsonPath("$.errors[3].message").value("The category must be idp_returnee or refugee_returnee."))
			.andExpect(jsonPath("$.errors[4].message").value("A count cannot be negative."))
			.andExpect(jsonPath("$.errors[6].message")
				.value("Female (6) and male (5) add up to 11, not to the 10 persons of the row."));
		assertNothingWritten();
	}

	@Test
	void refusesIdsUsedTwiceInOneFileNamingBothRows() throws Exception {
		importCsv(HxlCsv.returns(
				"b1,SRC,2018-10-20,idp_returnee,10,SY03,,,,,,",
				"b2,SRC,2018-10-20,idp_returnee,10,SY03,,,,,,",
				"b1,SRC,2018-10-21,idp_returnee,12,SY03,,,,,,"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(5))
			.andExpect(jsonPath("$.errors[0].column").value("#meta+id"))
			.andExpect(jsonPath("$.errors[0].value").value("b1"))
			.andExpect(jsonPath("$.errors[0].message").value(
					"Row 3 already has this id for source " + source + "; an id names one record."));
		assertNothingWritten();
	}

	@Test
	void refusesAVoidOfARecordNeverRecorded() throws Exception {
		importCsv("Id,Source,Void\n#meta+id,#meta+source,#meta+void\nnever,SRC,true\n")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].message").value("Source " + source + " has no record with this id to retract."));
	}

	@Test
	void refusesAFileWithoutHashtagsOrRequiredColumns() throws Exception {
		importCsv("id,source,date\n1,SRC,2018-10-20\n")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
					"Neither row 1 nor row 2 holds HXL hashtags")));
		importCsv("Id,Source\n#meta+id,#meta+source,#date\n")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].column", contains("#affected+type", "#affected+returnees", "#adm1+code")));
	}

	@Test
	void findsColumnsByHashtagInAnyOrderAndNamesTheIgnoredOnes() throws Exception {
		importCsv("""
				Persons,Notes,Date,Category,Governorate,Id,Source
				#affected+returnees,#description+notes,#date,#affected+type,#ADM1 +Code,#meta+id,#meta+source
				25,first convoy,2018-10-20,idp_returnee,SY05,c1,SRC
				""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.ignoredColumns", contains("#description+notes")))
			// the answer of the exchange contract, and nothing more
			.andExpect(jsonPath("$.keys()", containsInAnyOrder("importId", "rows", "created", "superseded",
					"unchanged", "voided", "ignoredColumns")));
	}

	@Test
	void acceptsAByteOrderMarkAndQuotedCells() throws Exception {
		importCsv("\uFEFF" + HxlCsv.returns("\"d,1\",SRC,2018-10-20,idp_returnee,\"7\",SY05,,,,,,"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1));
	}

	@Test
	void refusesTextThatIsNotUtf8() throws Exception {
		byte[] latin1 = HxlCsv.returns("é1,SRC,2018-10-20,idp_returnee,7,SY05,,,,,,").replace("SRC", source)
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		mvc.perform(post("/api/v1/imports/returns").with(admin()).contentType("text/csv").content(latin1))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("The file is not UTF-8 text (nor UTF-16 with its byte order mark): save it as CSV UTF-8, or send XLSX."));
	}

	@Test
	void writesNothingWhenOneRowAmongOneHundredThousandIsBad() throws Exception {
		List<String> rows = new ArrayList<>(100_001);
		for (int i = 0; i < 100_000; i++) {
			rows.add("g" + i + ",SRC,2018-10-" + (10 + i % 10) + ",idp_returnee," + (i % 50) + ",SY0" + (1 + i % 9) + ",,,,,,");
		}
		rows.add(61_234, "bad,SRC,2018-10-15,idp_returnee,many,SY02,,,,,,");
		importCsv(HxlCsv.returns(rows))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("1 problem was found in 100001 rows; nothing was written."))
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(61_237))
			.andExpect(jsonPath("$.errors[0].column").value("#affected+returnees"))
			.andExpect(jsonPath("$.errors[0].value").value("many"));
		assertNothingWritten();
	}

	@Test
	void aRetriedRequestWithTheSameIdempotencyKeyIsAppliedOnce() throws Exception {
		String csv = HxlCsv.returns("e1,SRC,2018-10-20,idp_returnee,10,SY03,,,,,,").replace("SRC", source);
		String key = "retry-" + source;
		mvc.perform(post("/api/v1/imports/returns").with(admin()).contentType("text/csv").header("Idempotency-Key", key)
				.content(csv))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1));
		mvc.perform(post("/api/v1/imports/returns").with(admin()).contentType("text/csv").header("Idempotency-Key", key)
				.content(csv))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.superseded").value(0));
		// the same key with another file is not a retry: refused, so that the other file is not lost unsaid
		String corrected = csv.replace(",10,", ",11,");
		mvc.perform(post("/api/v1/imports/returns").with(admin()).contentType("text/csv").header("Idempotency-Key", key)
				.content(corrected))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("idempotency-key-reused"));
		assertThat(jdbc.sql("select count(*) from return_record where source_code = ?").param(source)
			.query(Integer.class).single()).isEqualTo(1);
	}

	private String districtName(String code) {
		return jdbc.sql("select name_en from place where code = ?").param(code).query(String.class).single();
	}

	private void assertNothingWritten() {
		assertThat(jdbc.sql("select count(*) from return_record where source_code = ?").param(source)
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from return_day_total where source_code = ?").param(source)
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from return_import_row").query(Integer.class).single()).isZero();
	}

	private ResultActions importCsv(String csv) throws Exception {
		return mvc.perform(post("/api/v1/imports/returns").with(admin()).contentType("text/csv")
			.content(csv.replace("SRC", source)));
	}
}
