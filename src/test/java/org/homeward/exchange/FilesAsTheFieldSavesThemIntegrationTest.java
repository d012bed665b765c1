package org.homeward.exchange;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.SourceOfItsOwn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.homeward.support.Credentials.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Files as spreadsheet programs in the field save them: separated by semicolons (Excel in a Russian, French or
 * Arabic locale) or tabs, and with titles above the hashtag row, as many files on HDX have them.
 */
@HomewardIntegrationTest
class FilesAsTheFieldSavesThemIntegrationTest {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String NO_HASHTAG_ROW = "Neither row 1 nor row 2 holds HXL hashtags (such as #date, #adm1+code), nor "
			+ "does any other of the first 25 rows, with cells separated by commas, semicolons or tabs. An HXL file "
			+ "has a row of hashtags above its data, most often row 2, under the human headers.";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@SourceOfItsOwn("W")
	String source;

	@Test
	void importsASemicolonFileAsExcelInARussianLocaleSavesIt() throws Exception {
		// CSV UTF-8 from Excel: a byte-order mark, CRLF, and a cell quoted because it holds a semicolon and quotes
		String csv = "\uFEFF"
				+ "Ид;Источник;Дата;Категория;Человек;Примечания;Страна пребывания;Мухафаза\r\n"
				+ "#meta+id;#meta+source;#date;#affected+type;#affected+returnees;#description+notes;"
				+ "#country+origin+code;#adm1+code\r\n"
				+ "r1;SRC;2018-10-20;refugee_returnee;120;\"первый конвой; 12,5 км от \"\"Дждейдет-Ябус\"\"\";LBN;SY03\r\n"
				+ "r2;SRC;2018-10-21;idp_returnee;35;12,5;;SY05\r\n";
		importCsv(csv)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(2))
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.ignoredColumns", contains("#description+notes")));
		assertFigures(155, 120, 35);
	}

	@Test
	void importsATabSeparatedFile() throws Exception {
		String tsv = """
				Id\tSource\tDate\tCategory\tPersons\tNotes, if any\tHost country\tGovernorate
				#meta+id\t#meta+source\t#date\t#affected+type\t#affected+returnees\t#description+notes\t#country+origin+code\t#adm1+code
				t1\tSRC\t2018-10-20\trefugee_returnee\t120\tfirst convoy, by bus\tLBN\tSY03
				t2\tSRC\t2018-10-21\tidp_returnee\t35\t\t\tSY05
				""";
		importCsv(tsv)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(2))
			.andExpect(jsonPath("$.created").value(2));
		assertFigures(155, 120, 35);
	}

	@Test
	void importsUnicodeTextAsASpreadsheetSavesItSentAsTabSeparatedValues() throws Exception {
		// "Unicode text": UTF-16 little-endian with its byte order mark, tabs, CRLF; a place name in Arabic script
		String text = "\uFEFFId\tSource\tDate\tCategory\tPersons\tNotes\tHost country\tGovernorate\r\n"
				+ "#meta+id\t#meta+source\t#date\t#affected+type\t#affected+returnees\t#description+notes\t"
				+ "#country+origin+code\t#adm1+code\r\n"
				+ "u1\tSRC\t2018-10-20\trefugee_returnee\t120\tقافلة أولى\tLBN\tSY03\r\n"
				+ "u2\tSRC\t2018-10-21\tidp_returnee\t35\t\t\tSY05\r\n";
		mvc.perform(post("/api/v1/imports/returns").with(admin()).contentType("text/tab-separated-values")
			.content(text.replace("SRC", source).getBytes(StandardCharsets.UTF_16LE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(2))
			.andExpect(jsonPath("$.created").value(2));
		assertFigures(155, 120, 35);
	}

	@Test
	void findsTheHashtagRowUnderATitleAndNamesRowsAsASpreadsheetShowsThem() throws Exception {
		String csv = """
				"Return counts, October 2018 (field office)",,,,,
				,,,,,
				Id,Source,Date,Category,Persons,Governorate
				#meta+id,#meta+source,#date,#affected+type,#affected+returnees,#adm1+code
				h1,SRC,2018-10-20,idp_returnee,10,SY03
				h2,SRC,2018-10-20,idp_returnee,-5,SY03
				h3,SRC,2018-10-20,idp_returnee,7,SY99
				""";
		importCsv(csv)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("2 problems were found in 3 rows; nothing was written."))
			.andExpect(jsonPath("$.errors[*].row", contains(6, 7)))
			.andExpect(jsonPath("$.errors[*].column", contains("#affected+returnees", "#adm1+code")))
			.andExpect(jsonPath("$.errors[*].value", contains("-5", "SY99")));
		importCsv(csv.replace(",-5,", ",5,").replace("SY99", "SY05"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(3))
			.andExpect(jsonPath("$.created").value(3));
	}

	@Test
	void findsTheHashtagRowOfAWorkbookUnderATitle() throws Exception {
		mvc.perform(post("/api/v1/imports/returns").with(admin()).contentType(XLSX).content(workbookWithTitle()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(6))
			.andExpect(jsonPath("$.errors[0].column").value("#affected+returnees"))
			.andExpect(jsonPath("$.errors[0].value").value("-3"));
	}

	@Test
	void refusesAFileWithNoHashtagRowInItsFirst25RowsNamingTheSeparatorsTried() throws Exception {
		importCsv("Ид;Источник;Дата\r\nr1;SRC;2018-10-20\r\n")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].row").doesNotExist())
			.andExpect(jsonPath("$.errors[0].message").value(NO_HASHTAG_ROW));
		// hashtags in row 26 come too late, as for libhxl
		String late = "Returns\n" + "note\n".repeat(24) + "#meta+id,#meta+source,#date,#affected+type,"
				+ "#affected+returnees,#adm1+code\nl1,SRC,2018-10-20,idp_returnee,10,SY03\n";
		importCsv(late)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(NO_HASHTAG_ROW));
		assertThat(jdbc.sql("select count(*) from return_record where source_code = ?").param(source)
			.query(Integer.class).single()).isZero();
	}

	private void assertFigures(int total, int aleppo, int damascus) throws Exception {
		mvc.perform(get("/api/v1/briefings").param("asOf", "2018-10-22").param("source", source))
			.andExpect(jsonPath("$.returns.total").value(total))
			.andExpect(jsonPath("$.returns.refugeeReturneesByOriginCountry.LBN").value(aleppo))
			.andExpect(jsonPath("$.returns.totalByGovernorate.SY03").value(aleppo))
			.andExpect(jsonPath("$.returns.totalByGovernorate.SY05").value(damascus));
	}

	/** Row 1 a title, row 2 empty, row 3 headers, row 4 hashtags, rows 5 and 6 data. */
	private byte[] workbookWithTitle() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("returns");
			sheet.createRow(0).createCell(0).setCellValue("Return counts, October 2018");
			String[] headers = { "Id", "Source", "Date", "Category", "Persons", "Governorate" };
			String[] tags = { "#meta+id", "#meta+source", "#date", "#affected+type", "#affected+returnees", "#adm1+code" };
			Row human = sheet.createRow(2);
			Row hashtags = sheet.createRow(3);
			for (int column = 0; column < headers.length; column++) {
				human.createCell(column).setCellValue(headers[column]);
				hashtags.createCell(column).setCellValue(tags[column]);
			}
			String[][] data = { { "x1", "2018-10-20", "10" }, { "x2", "2018-10-21", "-3" } };
			for (int i = 0; i < data.length; i++) {
				Row row = sheet.createRow(4 + i);
				row.createCell(0).setCellValue(data[i][0]);
				row.createCell(1).setCellValue(source);
				row.createCell(2).setCellValue(data[i][1]);
				row.createCell(3).setCellValue("idp_returnee");
				row.createCell(4).setCellValue(Double.parseDouble(data[i][2]));
				row.createCell(5).setCellValue("SY03");
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private ResultActions importCsv(String csv) throws Exception {
		return mvc.perform(post("/api/v1/imports/returns").with(admin()).contentType("text/csv")
			.content(csv.replace("SRC", source).getBytes(StandardCharsets.UTF_8)));
	}
}
