package org.homeward.exchange;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.SourceOfItsOwn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Credentials.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** XLSX workbooks as partners save them: real date cells, numbers stored as doubles, sparse rows. */
@HomewardIntegrationTest
class XlsxImportIntegrationTest {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@SourceOfItsOwn("X")
	String source;

	@Test
	void importsTheFirstSheetWithDateAndNumberCells() throws Exception {
		mvc.perform(post("/api/v1/imports/returns").with(admin()).contentType(XLSX).content(workbook("25")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(2))
			.andExpect(jsonPath("$.created").value(2));
		mvc.perform(get("/api/v1/briefings").param("asOf", "2018-10-22").param("source", source))
			.andExpect(jsonPath("$.returns.total").value(125))
			.andExpect(jsonPath("$.returns.refugeeReturneesByOriginCountry.LBN").value(100));
	}

	@Test
	void acceptsAMultipartUploadAndNamesTheBadCellsRow() throws Exception {
		mvc.perform(multipart("/api/v1/imports/returns").file(new MockMultipartFile("file", "returns.xlsx", XLSX,
				workbook("-3"))).with(admin()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(5))
			.andExpect(jsonPath("$.errors[0].column").value("#affected+returnees"))
			.andExpect(jsonPath("$.errors[0].value").value("-3"));
	}

	@Test
	void refusesAFileThatIsNotAWorkbook() throws Exception {
		mvc.perform(post("/api/v1/imports/returns").with(admin()).contentType(XLSX).content("not a zip".getBytes()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
					"The file is not a readable XLSX workbook")));
	}

	@Test
	void readsDateSerialsAsExcelShowsThemAroundItsTwentyNinthOfFebruary1900() throws Exception {
		mvc.perform(post("/api/v1/imports/returns").with(admin()).contentType(XLSX).content(serials(1, 59, 61)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(3));
		mvc.perform(get("/api/v1/returns/figures").with(admin()).param("source", source).param("asOf", "1900-03-31")
				.param("from", "1900-01-01").param("by", "day"))
			.andExpect(jsonPath("$.persons").value(1 + 59 + 61))
			.andExpect(jsonPath("$.by.day['1900-01-01']").value(1))
			.andExpect(jsonPath("$.by.day['1900-02-28']").value(59))
			.andExpect(jsonPath("$.by.day['1900-03-01']").value(61))
			.andExpect(jsonPath("$.by.day.length()").value(3));
	}

	@Test
	void refusesExcelsTwentyNinthOfFebruary1900AndTheDayBeforeItsFirst() throws Exception {
		mvc.perform(post("/api/v1/imports/returns").with(admin()).contentType(XLSX).content(serials(59, 60, 61)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(4))
			.andExpect(jsonPath("$.errors[0].column").value("#date"))
			.andExpect(jsonPath("$.errors[0].value").value("1900-02-29"))
			.andExpect(jsonPath("$.errors[0].message").value(
					"Excel's 29 February 1900 does not exist (1900 was no leap year): give the day it stands for."));
		mvc.perform(post("/api/v1/imports/returns").with(admin()).contentType(XLSX).content(serials(0)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("#date"))
			.andExpect(jsonPath("$.errors[0].value").value("1899-12-31"))
			.andExpect(jsonPath("$.errors[0].message").value("The day is before 1900-01-01, the first day Homeward holds."));
		assertThat(jdbc.sql("select count(*) from return_record where source_code = ?").param(source)
			.query(Long.class).single()).isZero();
	}

	@Test
	void refusesAWorkbookWhoseRowsRepeatARowNumberNamingTheRow() throws Exception {
		byte[] twice = XlsxSheets.rewritten(workbook("25"), sheet -> sheet.replace("<row r=\"5\"", "<row r=\"3\"")
			.replaceAll("r=\"(?<column>[A-Z]+)5\"", "r=\"${column}3\""));
		mvc.perform(post("/api/v1/imports/returns").with(admin()).contentType(XLSX).content(twice))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].message").value(
					"Row 3 comes again after row 3: a sheet lists each row once, in order."));
		assertThat(jdbc.sql("select count(*) from return_record where source_code = ?").param(source)
			.query(Long.class).single()).isZero();
	}

	@Test
	void readsSerial60OfAWorkbookCountingFrom1904AsThe1stOfMarch1904() throws Exception {
		mvc.perform(post("/api/v1/imports/returns").with(admin()).contentType(XLSX).content(serials(true, 60)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/returns/figures").with(admin()).param("source", source).param("asOf", "1904-03-31")
				.param("from", "1904-01-01").param("by", "day"))
			.andExpect(jsonPath("$.by.day['1904-03-01']").value(60))
			.andExpect(jsonPath("$.by.day.length()").value(1));
	}

	private byte[] serials(int... serials) throws Exception {
		return serials(false, serials);
	}

	/** One row per serial from row 3 on, its date cell holding the serial and persons the serial too. */
	private byte[] serials(boolean date1904, int... serials) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			if (date1904) {
				var workbookXml = workbook.getCTWorkbook();
				(workbookXml.isSetWorkbookPr() ? workbookXml.getWorkbookPr() : workbookXml.addNewWorkbookPr())
					.setDate1904(true);
			}
			Sheet sheet = workbook.createSheet("returns");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			String[] tags = { "#meta+id", "#meta+source", "#date", "#affected+type", "#affected+returnees", "#adm1+code" };
			Row hashtags = sheet.createRow(0);
			for (int column = 0; column < tags.length; column++) {
				hashtags.createCell(column).setCellValue(tags[column]);
			}
			for (int i = 0; i < serials.length; i++) {
				Row row = sheet.createRow(2 + i);
				row.createCell(0).setCellValue("s" + serials[i]);
				row.createCell(1).setCellValue(source);
				row.createCell(2).setCellValue(serials[i]);
				row.getCell(2).setCellStyle(date);
				row.createCell(3).setCellValue("idp_returnee");
				row.createCell(4).setCellValue(serials[i]);
				row.createCell(5).setCellValue("SY03");
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** Row 1 headers, row 2 hashtags, rows 3 and 5 data (row 4 left empty). */
	private byte[] workbook(String secondPersons) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("returns");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			String[] headers = { "Id", "Source", "Date", "Category", "Persons", "Governorate", "Host country" };
			String[] tags = { "#meta+id", "#meta+source", "#date", "#affected+type", "#affected+returnees",
					"#adm1+code", "#country+origin+code" };
			Row human = sheet.createRow(0);
			Row hashtags = sheet.createRow(1);
			for (int column = 0; column < headers.length; column++) {
				human.createCell(column).setCellValue(headers[column]);
				hashtags.createCell(column).setCellValue(tags[column]);
			}
			Row first = sheet.createRow(2);
			first.createCell(0).setCellValue("x1");
			first.createCell(1).setCellValue(source);
			first.createCell(2).setCellValue(LocalDate.of(2018, 10, 20));
			first.getCell(2).setCellStyle(date);
			first.createCell(3).setCellValue("refugee_returnee");
			first.createCell(4).setCellValue(100d);
			first.createCell(5).setCellValue("SY03");
			first.createCell(6).setCellValue("LBN");
			Row second = sheet.createRow(4);
			second.createCell(0).setCellValue(7d);
			second.createCell(1).setCellValue(source);
			second.createCell(2).setCellValue("2018-10-21");
			second.createCell(3).setCellValue("idp_returnee");
			second.createCell(4).setCellValue(Double.parseDouble(secondPersons));
			second.createCell(5).setCellValue("SY05");
			workbook.write(out);
			return out.toByteArray();
		}
	}
}
