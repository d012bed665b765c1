package org.homeward.exchange;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.HxlCsv;
import org.homeward.support.SourceOfItsOwn;
import org.homeward.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Credentials.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@HomewardIntegrationTest
class ReturnExportIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@SourceOfItsOwn("E")
	String source;

	@Test
	void exportsTheCurrentRecordsAsHxlCsvThatImportsBackUnchanged() throws Exception {
		importCsv(HxlCsv.returns("e1,SRC,2018-10-20,refugee_returnee,120,SY03,,LBN,,JDAYDET_YABOUS,60,60",
				"e2,SRC,2018-10-21,idp_returnee,40,SY02,SY0200,,SY07,,,"));
		String csv = mvc.perform(get("/api/v1/exports/returns").with(admin()).param("source", source))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"returns-" + source.toLowerCase(java.util.Locale.ROOT) + ".csv\""))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		// commons-csv quotes cells that start with '#', which every CSV reader reads back as written
		assertThat(csv.lines().skip(1).toList()).containsExactly(
				java.util.Arrays.stream(("#meta+id,#meta+source,#date,#affected+type,#affected+returnees,#adm1+code,"
						+ "#adm2+code,#adm3+code,#adm4+code,#country+origin+code,#adm1+origin+code,#loc+entry+code,"
						+ "#affected+returnees+f,#affected+returnees+m,#affected+returnees+age0_4,"
						+ "#affected+returnees+age5_11,#affected+returnees+age12_17,#affected+returnees+age18_59,"
						+ "#affected+returnees+age60plus,#affected+returnees+hh").split(","))
					.map(tag -> "\"" + tag + "\"").collect(java.util.stream.Collectors.joining(",")),
				"e1," + source + ",2018-10-20,refugee_returnee,120,SY03,,,,LBN,,JDAYDET_YABOUS,60,60,,,,,,",
				"e2," + source + ",2018-10-21,idp_returnee,40,SY02,SY0200,,,,SY07,,,,,,,,,");
		mvc.perform(post("/api/v1/imports/returns").with(admin()).contentType("text/csv").content(csv))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unchanged").value(2))
			.andExpect(jsonPath("$.created").value(0));
	}

	@Test
	void neutralisesCellsThatASpreadsheetWouldRunAsFormulas() throws Exception {
		importCsv(HxlCsv.returns("\"=HYPERLINK(\"\"http://evil\"\")\",SRC,2018-10-20,idp_returnee,5,SY03,,,,,,",
				"@SUM(1),SRC,2018-10-20,idp_returnee,6,SY03,,,,,,"));
		String csv = mvc.perform(get("/api/v1/exports/returns").with(admin()).param("source", source))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"," + source).contains("'@SUM(1)," + source)
			.doesNotContain("\n=").doesNotContain("\n@");
		byte[] xlsx = mvc.perform(get("/api/v1/exports/returns").with(admin()).param("source", source)
				.param("format", "xlsx")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("#meta+id");
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil\")");
			assertThat(sheet.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(5d);
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("'@SUM(1)");
		}
	}

	@Test
	void exportsWhatWasKnownAtAnEarlierInstantAsJson() throws Exception {
		importCsv(HxlCsv.returns("j1,SRC,2018-10-20,idp_returnee,5,SY03,,,,,,"));
		clock.advance(Duration.ofSeconds(1));
		Instant before = clock.instant();
		clock.advance(Duration.ofSeconds(1));
		importCsv(HxlCsv.returns("j1,SRC,2018-10-20,idp_returnee,9,SY03,,,,,,", "j2,SRC,2018-10-20,idp_returnee,1,SY03,,,,,,"));
		mvc.perform(get("/api/v1/exports/returns").with(admin()).param("source", source).param("format", "json")
				.param("knownAt", before.toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0]['#affected+returnees']").value(5))
			.andExpect(jsonPath("$[0].version").value(1));
		mvc.perform(get("/api/v1/exports/returns").with(admin()).param("source", source).param("format", "json"))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0]['#affected+returnees']").value(9))
			.andExpect(jsonPath("$[0].version").value(2));
		mvc.perform(get("/api/v1/exports/returns").with(admin()).param("source", source).param("format", "pdf"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void exportsFiguresOneRowPerBreakdownKey() throws Exception {
		importCsv(HxlCsv.returns("f1,SRC,2018-10-20,refugee_returnee,120,SY03,,LBN,,,,",
				"f2,SRC,2018-10-21,idp_returnee,40,SY02,,,,,,", "f3,SRC,2018-10-01,idp_returnee,5,SY02,,,,,,"));
		String knownAt = "2030-01-01T00:00:00Z";
		String csv = mvc.perform(get("/api/v1/exports/returns/figures").with(admin()).param("source", source)
				.param("asOf", "2018-10-22").param("days", "7").param("knownAt", knownAt)
				.param("by", "governorate", "category"))
			.andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv.lines().skip(2).toList()).containsExactly(
				"2018-10-22,2018-10-16," + source + "," + knownAt + ",governorate,SY02,40",
				"2018-10-22,2018-10-16," + source + "," + knownAt + ",governorate,SY03,120",
				"2018-10-22,2018-10-16," + source + "," + knownAt + ",category,idp_returnee,40",
				"2018-10-22,2018-10-16," + source + "," + knownAt + ",category,refugee_returnee,120");
		mvc.perform(get("/api/v1/exports/returns/figures").with(admin()).param("asOf", "2018-10-22").param("by", "colour"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void exportsTheRecordsAFilterFindsInTheOrderAskedForWithFormulasNeutralised() throws Exception {
		importCsv(HxlCsv.returns("s1,SRC,2018-10-20,idp_returnee,30,SY03,,,,,,",
				"@SUM(1),SRC,2018-10-21,idp_returnee,7,SY03,,,,,,",
				"s3,SRC,2018-10-21,refugee_returnee,9,SY03,,LBN,,,,",
				"s4,SRC,2018-10-22,idp_returnee,50,SY02,,,,,,"));
		String csv = mvc.perform(get("/api/v1/exports/returns").with(admin()).param("source", source)
				.param("place", "sy03").param("category", "idp_returnee").param("sort", "-persons"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"returns-" + source.toLowerCase(java.util.Locale.ROOT) + "-selected.csv\""))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv.lines().skip(2).toList()).containsExactly(
				"s1," + source + ",2018-10-20,idp_returnee,30,SY03,,,,,,,,,,,,,,",
				"'@SUM(1)," + source + ",2018-10-21,idp_returnee,7,SY03,,,,,,,,,,,,,,");
		mvc.perform(get("/api/v1/exports/returns").with(admin()).param("source", source).param("from", "2018-10-21")
				.param("sort", "id").param("format", "json"))
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0]['#meta+id']").value("@SUM(1)"))
			.andExpect(jsonPath("$[1]['#meta+id']").value("s3"))
			.andExpect(jsonPath("$[2]['#meta+id']").value("s4"));
	}

	@Test
	void refusesAFilteredExportWithAnUnknownOrderOrAsKnownEarlier() throws Exception {
		mvc.perform(get("/api/v1/exports/returns").with(admin()).param("source", source).param("sort", "colour"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("sort"))
			.andExpect(jsonPath("$.value").value("colour"));
		mvc.perform(get("/api/v1/exports/returns").with(admin()).param("source", source).param("category", "idp_returnee")
				.param("knownAt", "2018-10-22T00:00:00Z"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("knownAt"));
	}

	private void importCsv(String csv) throws Exception {
		mvc.perform(post("/api/v1/imports/returns").with(admin()).contentType("text/csv")
			.content(csv.replace("SRC", source))).andExpect(status().isOk());
	}
}
