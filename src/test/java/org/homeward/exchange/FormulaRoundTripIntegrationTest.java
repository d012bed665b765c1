package org.homeward.exchange;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.SourceOfItsOwn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Credentials.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Ids and names a spreadsheet would run as formulas are exported neutralised, and import back as the same records. */
@HomewardIntegrationTest
class FormulaRoundTripIntegrationTest {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Each id, and how the export writes it (an id holds no semicolon; a name may, below). */
	private static final List<List<String>> IDS = List.of(List.of("=1+2", "'=1+2"), List.of("'=1+2", "''=1+2"),
			List.of("'abc", "'abc"), List.of("x,=HYPERLINK(\"http://evil\")", "x,'=HYPERLINK(\"http://evil\")"),
			List.of("a,@SUM(1)", "a,'@SUM(1)"), List.of("-5", "'-5"), List.of("plain", "plain"));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@SourceOfItsOwn("F")
	String source;

	@Test
	void reimportsAnExportOfRecordsWhoseIdsLookLikeFormulasUnchanged() throws Exception {
		// sent one by one as JSON, which keeps every apostrophe as sent
		for (List<String> id : IDS) {
			mvc.perform(post("/api/v1/returns").with(admin()).contentType(MediaType.APPLICATION_JSON)
					.content("{\"id\": \"" + id.get(0).replace("\"", "\\\"") + "\", \"source\": \"" + source
							+ "\", \"date\": \"2018-10-20\", \"category\": \"idp_returnee\", \"persons\": 5, \"adm1\": \"SY03\"}"))
				.andExpect(status().isCreated());
		}

		String csv = mvc.perform(get("/api/v1/exports/returns").with(admin()).param("source", source))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<String> firstCells = csv.lines().skip(2).map(line -> line.substring(0, line.indexOf("," + source + ",")))
			.sorted().toList();
		assertThat(firstCells).containsExactlyInAnyOrderElementsOf(IDS.stream().map(id -> id.get(1))
			.map(cell -> cell.matches("[^,\"]*") ? cell : "\"" + cell.replace("\"", "\"\"") + "\"").toList());
		mvc.perform(post("/api/v1/imports/returns").with(admin()).contentType("text/csv").content(csv))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unchanged").value(IDS.size()))
			.andExpect(jsonPath("$.created").value(0));

		byte[] xlsx = mvc.perform(get("/api/v1/exports/returns").with(admin()).param("source", source)
				.param("format", "xlsx")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<String> cells = new java.util.ArrayList<>();
			for (int row = 2; row <= sheet.getLastRowNum(); row++) {
				cells.add(sheet.getRow(row).getCell(0).getStringCellValue());
			}
			assertThat(cells).containsExactlyInAnyOrderElementsOf(IDS.stream().map(id -> id.get(1)).toList());
		}
		mvc.perform(post("/api/v1/imports/returns").with(admin()).contentType(XLSX).content(xlsx))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unchanged").value(IDS.size()))
			.andExpect(jsonPath("$.created").value(0));
		assertThat(jdbc.sql("select count(*) from return_record where source_code = ?").param(source)
			.query(Long.class).single()).isEqualTo(IDS.size());
	}

	@Test
	void reimportsAnExportOfFacilitiesWhoseCodesAndNamesLookLikeFormulasUnchanged() throws Exception {
		String file = """
				Event,Source,Facility,Name,Type,Governorate,Status,Date
				#meta+id,#meta+source,#loc+facility+code,#loc+facility+name,#loc+facility+type,#adm1+code,#status,#date
				=e1,SRC,+F1,"Bakery;=HYPERLINK(""http://evil"")",bakery,SY03,damaged,2018-01-10
				'e2,SRC,'@F2,'-not a formula,school,SY03,damaged,2018-01-10
				""".replace("SRC", source);
		mvc.perform(post("/api/v1/imports/facilities").with(admin()).contentType("text/csv").content(file))
			.andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2));
		// in a file, an apostrophe before a formula is a spreadsheet's mark of text, not part of the value
		mvc.perform(get("/api/v1/facilities/{source}/{code}", source, "@F2").with(admin()))
			.andExpect(jsonPath("$.name").value("-not a formula"));
		String csv = mvc.perform(get("/api/v1/exports/facilities").with(admin()).param("source", source))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().skip(2).toList()).containsExactlyInAnyOrder(
				"'e2," + source + ",'@F2,'-not a formula,school,SY03,,,,damaged,2018-01-10",
				"'=e1," + source + ",'+F1,\"Bakery;'=HYPERLINK(\"\"http://evil\"\")\",bakery,SY03,,,,damaged,2018-01-10");
		mvc.perform(post("/api/v1/imports/facilities").with(admin()).contentType("text/csv").content(csv))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unchanged").value(2))
			.andExpect(jsonPath("$.created").value(0));
	}
}
