package org.homeward.statedfigures;

import java.io.ByteArrayOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.SourceOfItsOwn;
import org.homeward.support.TestUsers;
import org.homeward.support.Uploads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Credentials.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Stated figures imported as section 7 of the contract says, on the ledger kernel, and their checks: the faults of
 * published series reported by kind, and a consistent series reported clean.
 */
@HomewardIntegrationTest
class StatedFigureIntegrationTest {

	private static final String HEADER = """
			Id,Source,As of,Period,Returnees,Type,Host country,Entry point,Governorate,Link,Void
			#meta+id,#meta+source,#date,#meta+period,#affected+returnees,#affected+type,#country+origin+code,#loc+entry+code,#adm1+code,#meta+url,#meta+void
			""";

	private static final String OFFICER_PASSWORD = "stated-officer-password-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@SourceOfItsOwn("SF")
	String source;

	@Test
	void recordsFiguresAndAnswersRowsSentAgainCorrectedAndVoidedAsEveryLedgerDoes() throws Exception {
		importCsv(headlines(157_518)).andExpect(status().isOk()).andExpect(jsonPath("$.rows").value(3))
			.andExpect(jsonPath("$.created").value(3)).andExpect(jsonPath("$.unchanged").value(0));
		importCsv(headlines(157_518)).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.unchanged").value(3));
		importCsv(headlines(157_520)).andExpect(status().isOk())
			.andExpect(jsonPath("$.superseded").value(1)).andExpect(jsonPath("$.unchanged").value(2));
		importCsv(HEADER + "h3," + source + ",,,,,,,,,true\n").andExpect(status().isOk())
			.andExpect(jsonPath("$.voided").value(1));

		assertThat(jdbc.sql("""
				select figure_id, version, voided, as_of, period_days, category, origin_country, entry_point_code,
				       adm1_code, persons, url
				  from stated_figure where source_code = ? order by figure_id, version""").param(source)
			.query((row, n) -> row.getString(1) + " v" + row.getInt(2) + (row.getBoolean(3) ? " voided " : " ")
					+ row.getString(4) + " " + row.getObject(5) + " " + row.getString(6) + " " + row.getString(7) + " "
					+ row.getString(8) + " " + row.getString(9) + " " + row.getInt(10) + " " + row.getString(11))
			.list()).containsExactly(
					"h1 v1 2018-11-30 null null null null null 157518 https://example.org/update-30-nov",
					"h1 v2 2018-11-30 null null null null null 157520 https://example.org/update-30-nov",
					"h2 v1 2018-10-22 7 REFUGEE_RETURNEE LBN JDAYDET_YABOUS null 4200 null",
					"h3 v1 2018-10-22 30 IDP_RETURNEE null null SY02 12000 null",
					"h3 v2 voided 2018-10-22 30 IDP_RETURNEE null null SY02 12000 null");
	}

	@Test
	void namesEveryProblemOfAFigureByRowColumnAndValueAndWritesNothing() throws Exception {
		importCsv(HEADER + String.join("\n",
				"a1," + source + ",2018-10-22,week,100,,,,,,",
				"a2," + source + ",2018-10-22,7d,-5,,,,,,",
				"a3," + source + ",2018-10-22,cumulative,100,returnee,,,,,",
				"a4," + source + ",2018-10-22,cumulative,100,idp_returnee,LBN,,,,",
				"a5," + source + ",2018-10-22,cumulative,100,,XYZ,,,,",
				"a6," + source + ",2018-10-22,cumulative,100,,,NOWHERE,,,",
				"a7," + source + ",2018-10-22,cumulative,100,,,,SY0200,,",
				"a8," + source + ",2018-10-22,cumulative,100,,,,,ftp://example.org/report,",
				"a9,NO-SUCH-SOURCE,2018-10-22,cumulative,100,,,,,,",
				"a10," + source + ",2018-10-22,0d,100,,,,,,") + "\n")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("10 problems were found in 10 rows; nothing was written."))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("#meta+period"))
			.andExpect(jsonPath("$.errors[0].value").value("week"))
			.andExpect(jsonPath("$.errors[0].message").value("The period is cumulative, or Nd for the N days ending "
					+ "with the day (7d, 30d), N at least 1."))
			.andExpect(jsonPath("$.errors[1].column").value("#affected+returnees"))
			.andExpect(jsonPath("$.errors[1].value").value("-5"))
			.andExpect(jsonPath("$.errors[1].message").value("A count cannot be negative."))
			.andExpect(jsonPath("$.errors[2].column").value("#affected+type"))
			.andExpect(jsonPath("$.errors[2].message").value("The returnee type is idp_returnee or refugee_returnee, "
					+ "or empty for a figure of both."))
			.andExpect(jsonPath("$.errors[3].column").value("#country+origin+code"))
			.andExpect(jsonPath("$.errors[3].message").value("An idp_returnee was displaced inside the country: "
					+ "leave the host country empty."))
			.andExpect(jsonPath("$.errors[4].value").value("XYZ"))
			.andExpect(jsonPath("$.errors[4].message").value("This is not an ISO 3166-1 alpha-3 country code."))
			.andExpect(jsonPath("$.errors[5].column").value("#loc+entry+code"))
			.andExpect(jsonPath("$.errors[5].message").value("No entry point has this code."))
			.andExpect(jsonPath("$.errors[6].column").value("#adm1+code"))
			.andExpect(jsonPath("$.errors[6].value").value("SY0200"))
			.andExpect(jsonPath("$.errors[6].message").value("This is not the p-code of a governorate."))
			.andExpect(jsonPath("$.errors[7].column").value("#meta+url"))
			.andExpect(jsonPath("$.errors[7].message").value("A link is an http or https address of at most 2000 "
					+ "characters, such as https://example.org/report."))
			.andExpect(jsonPath("$.errors[8].column").value("#meta+source"))
			.andExpect(jsonPath("$.errors[8].message").value("No source is registered with this code."))
			.andExpect(jsonPath("$.errors[9].row").value(12))
			.andExpect(jsonPath("$.errors[9].value").value("0d"));
		assertThat(jdbc.sql("select count(*) from stated_figure where source_code = ?").param(source)
			.query(Long.class).single()).isZero();
	}

	@Test
	void answersARetriedImportWithItsFirstAnswerAndRefusesTheKeyForAnotherFile() throws Exception {
		String key = "stated-" + source;
		long first = importId(importCsv(headlines(100)).andReturn().getResponse().getContentAsString());
		String answer = mvc.perform(post("/api/v1/imports/stated-figures").with(admin()).header("Idempotency-Key", key)
			.contentType("text/csv").content(headlines(200))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		mvc.perform(post("/api/v1/imports/stated-figures").with(admin()).header("Idempotency-Key", key)
			.contentType("text/csv").content(headlines(200))).andExpect(status().isOk()).andExpect(content().json(answer));
		mvc.perform(post("/api/v1/imports/stated-figures").with(admin()).header("Idempotency-Key", key)
			.contentType("text/csv").content(headlines(300))).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("idempotency-key-reused"));
		assertThat(importId(answer)).isGreaterThan(first);
		assertThat(jdbc.sql("select count(*) from stated_figure where source_code = ? and figure_id = 'h1'")
			.param(source).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void readsAFigureFromTheFirstSheetOfAnXlsxFile() throws Exception {
		mvc.perform(multipart("/api/v1/imports/stated-figures").file(new MockMultipartFile("file", "headlines.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx())).with(admin()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));

		assertThat(jdbc.sql("select persons from stated_figure where source_code = ? and figure_id = 'x1'")
			.param(source).query(Integer.class).single()).isEqualTo(88_718);
	}

	@Test
	void refusesADataOfficerAFigureOutsideTheirAreaOrOfTheWholeCountry() throws Exception {
		if (jdbc.sql("select count(*) from app_user where username = 'stated-officer'").query(Long.class).single() == 0) {
			TestUsers.insert(jdbc, "stated-officer", OFFICER_PASSWORD, "DATA_OFFICER", "SY02", null);
		}
		mvc.perform(post("/api/v1/imports/stated-figures").with(httpBasic("stated-officer", OFFICER_PASSWORD))
			.contentType("text/csv").content(HEADER + "o1," + source + ",2018-10-22,7d,100,,,,SY01,,\n"
					+ "o2," + source + ",2018-10-22,7d,100,,,,,,\n" + "o3," + source + ",2018-10-22,7d,100,,,,SY02,,\n"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("#adm1+code"))
			.andExpect(jsonPath("$.errors[0].value").value("SY01"))
			.andExpect(jsonPath("$.errors[0].message").value("The figure lies outside your area (SY02): you record "
					+ "only figures of a governorate or an entry point there."))
			.andExpect(jsonPath("$.errors[1].row").value(4));
		assertThat(jdbc.sql("select count(*) from stated_figure where source_code = ?").param(source)
			.query(Long.class).single()).isZero();
	}

	@Test
	void reportsACumulativeTotalThatFellAsThePublishedSeriesDid() throws Exception {
		Uploads.csv(mvc, "/api/v1/imports/stated-figures", HEADER
				+ "u1," + source + ",2018-11-30,cumulative,157518,,,,,https://example.org/since-18-july,\n"
				+ "u2," + source + ",2018-12-31,cumulative,88718,,,,,https://example.org/june-to-end-2018,\n");

		checks().andExpect(jsonPath("$.problems.length()").value(1))
			.andExpect(jsonPath("$.problems[0].kind").value("cumulative-fell"))
			.andExpect(jsonPath("$.problems[0].ids[0]").value("u1"))
			.andExpect(jsonPath("$.problems[0].ids[1]").value("u2"))
			.andExpect(jsonPath("$.problems[0].message").value("u2 (88,718 returnees, cumulative as of 2018-12-31) "
					+ "is lower than u1 (157,518 returnees, cumulative as of 2018-11-30) before it: a cumulative total "
					+ "cannot fall."));
	}

	@Test
	void reportsCampPartsThatAddUpToFiveFewerThanTheirTotal() throws Exception {
		Uploads.csv(mvc, "/api/v1/imports/stated-figures", HEADER
				+ "c0," + source + ",2018-10-22,cumulative,68744,,,,,,\n"
				+ "c1," + source + ",2018-10-22,cumulative,40000,,LBN,,,,\n"
				+ "c2," + source + ",2018-10-22,cumulative,20000,,JOR,,,,\n"
				+ "c3," + source + ",2018-10-22,cumulative,8739,,TUR,,,,\n");

		checks().andExpect(jsonPath("$.problems.length()").value(1))
			.andExpect(jsonPath("$.problems[0].kind").value("parts-differ-from-total"))
			.andExpect(jsonPath("$.problems[0].ids.length()").value(4))
			.andExpect(jsonPath("$.problems[0].message").value("The parts of c0 (68,744 returnees, cumulative as of "
					+ "2018-10-22) by host country, c2, c1 and c3, add up to 68,739: 5 fewer than the total (0.01 %), "
					+ "too close to it to be a partial breakdown."));
	}

	@Test
	void reportsPartsAboveTheirTotal() throws Exception {
		Uploads.csv(mvc, "/api/v1/imports/stated-figures", HEADER
				+ "p0," + source + ",2018-10-22,7d,5000,,,,,,\n"
				+ "p1," + source + ",2018-10-22,7d,3200,idp_returnee,,,,,\n"
				+ "p2," + source + ",2018-10-22,7d,2100,refugee_returnee,,,,,\n");

		checks().andExpect(jsonPath("$.problems.length()").value(1))
			.andExpect(jsonPath("$.problems[0].kind").value("parts-exceed-total"))
			.andExpect(jsonPath("$.problems[0].message").value("The parts of p0 (5,000 returnees, the 7 days to "
					+ "2018-10-22) by returnee type, p1 and p2, add up to 5,300: 300 more than the total."));
	}

	@Test
	void reportsAFigureTheSourcesOwnRecordsDoNotBearOut() throws Exception {
		Uploads.csv(mvc, "/api/v1/imports/returns", """
				#meta+id,#meta+source,#date,#affected+type,#affected+returnees,#adm1+code,#country+origin+code
				r1,%1$s,2018-10-20,idp_returnee,600,SY02,
				r2,%1$s,2018-10-21,refugee_returnee,400,SY02,LBN
				""".formatted(source));
		Uploads.csv(mvc, "/api/v1/imports/stated-figures", HEADER
				+ "w1," + source + ",2018-10-22,7d,1000,,,,,,\n"
				+ "w2," + source + ",2018-10-22,cumulative,1200,,,,SY02,,\n"
				+ "w3," + source + ",2018-10-22,cumulative,400,refugee_returnee,LBN,,,,\n"
				+ "w4," + source + ",2018-10-22,cumulative,999,,LBN,,SY02,,\n");

		checks().andExpect(jsonPath("$.problems.length()").value(1))
			.andExpect(jsonPath("$.problems[0].kind").value("differs-from-records"))
			.andExpect(jsonPath("$.problems[0].ids[0]").value("w2"))
			.andExpect(jsonPath("$.problems[0].message").value("w2 (1,200 returnees to SY02, cumulative as of "
					+ "2018-10-22) differs from the source's records of the same days and scope, 1,000 persons, by "
					+ "16.7 %; the tolerance is 2 %."));
	}

	@Test
	void reportsAConsistentSeriesClean() throws Exception {
		Uploads.csv(mvc, "/api/v1/imports/stated-figures", HEADER
				+ "s1," + source + ",2018-10-15,cumulative,60000,,,,,,\n"
				+ "s2," + source + ",2018-10-22,cumulative,68744,,,,,,\n"
				+ "s3," + source + ",2018-10-22,cumulative,40000,,LBN,,,,\n"
				+ "s4," + source + ",2018-10-22,cumulative,28744,,JOR,,,,\n"
				+ "s6," + source + ",2018-10-22,7d,8744,,,,,,\n"
				+ "s7," + source + ",2018-10-22,7d,5000,idp_returnee,,,,,\n"
				+ "s8," + source + ",2018-10-22,7d,3744,refugee_returnee,,,,,\n");

		checks().andExpect(status().isOk()).andExpect(content().json("{\"problems\": []}", true));
	}

	@Test
	void answersAnUnknownSourceWithNotFound() throws Exception {
		mvc.perform(get("/api/v1/stated-figures/checks").param("source", "NO-SUCH-SOURCE"))
			.andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("not-found"));
	}

	private ResultActions checks() throws Exception {
		return mvc.perform(get("/api/v1/stated-figures/checks").param("source", source)).andExpect(status().isOk());
	}

	private ResultActions importCsv(String csv) throws Exception {
		return mvc.perform(post("/api/v1/imports/stated-figures").with(admin()).contentType("text/csv").content(csv));
	}

	/** A headline total with where it was published, refugees through one crossing, and a governorate's month. */
	private String headlines(int total) {
		return HEADER + String.join("\n",
				"h1," + source + ",2018-11-30,cumulative," + total + ",,,,,https://example.org/update-30-nov,",
				"h2," + source + ",2018-10-22,7d,4200,refugee_returnee,lbn,JDAYDET_YABOUS,,,",
				"h3," + source + ",2018-10-22,30d,12000,idp_returnee,,,SY02,,") + "\n";
	}

	private static long importId(String answer) {
		return Long.parseLong(answer.replaceAll(".*\"importId\":(\\d+).*", "$1"));
	}

	private byte[] xlsx() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("headlines");
			String[] tags = { "#meta+id", "#meta+source", "#date", "#meta+period", "#affected+returnees" };
			String[] values = { "x1", source, "2018-12-31", "cumulative", "88718" };
			Row hashtags = sheet.createRow(0);
			Row figure = sheet.createRow(1);
			for (int column = 0; column < tags.length; column++) {
				hashtags.createCell(column).setCellValue(tags[column]);
				figure.createCell(column).setCellValue(values[column]);
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}
}
