package org.homeward.exchange;

import java.io.ByteArrayOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.HxlCsv;
import org.homeward.support.SourceOfItsOwn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Credentials.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A day before 1900-01-01 is refused where it enters, in files and JSON alike: year 0 would otherwise be stored as
 * year 1, as the databases' calendars convert it.
 */
@HomewardIntegrationTest
class EntryDaysIntegrationTest {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	static final String BEFORE = "The day is before 1900-01-01, the first day Homeward holds.";
	static final String FACILITIES = """
			Event,Source,Facility,Type,Governorate,Status,Date
			#meta+id,#meta+source,#loc+facility+code,#loc+facility+type,#adm1+code,#status,#date
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@SourceOfItsOwn("D")
	String source;

	@Test
	void refusesYearZeroInAReturnsFileNamingRowColumnAndValue() throws Exception {
		refused(csv("/api/v1/imports/returns", HxlCsv.returns("y1,SRC,2018-10-20,idp_returnee,5,SY03,,,,,,",
				"y2,SRC,0000-01-01,idp_returnee,5,SY03,,,,,,", "y3,SRC,1899-12-31,idp_returnee,5,SY03,,,,,,")), "#date")
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].row").value(4))
			.andExpect(jsonPath("$.errors[1].row").value(5))
			.andExpect(jsonPath("$.errors[1].value").value("1899-12-31"));
		assertThat(written()).isZero();
	}

	@Test
	void takesTheFirstDayOfTheRange() throws Exception {
		csv("/api/v1/imports/returns", HxlCsv.returns("f1,SRC,1900-01-01,idp_returnee,5,SY03,,,,,,"))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select returned_on from return_record where source_code = ?").param(source)
			.query(java.time.LocalDate.class).single()).isEqualTo("1900-01-01");
		mvc.perform(get("/api/v1/exports/returns").with(admin()).param("source", source).param("format", "json"))
			.andExpect(jsonPath("$[0]['#date']").value("1900-01-01"));
	}

	@Test
	void refusesYearZeroInAFacilitiesFile() throws Exception {
		refused(csv("/api/v1/imports/facilities", FACILITIES + "e1,SRC,S1,school,SY07,in_operation,0000-01-01\n"),
				"#date")
			.andExpect(jsonPath("$.errors[0].row").value(3));
		assertThat(written()).isZero();
	}

	@Test
	void refusesYearZeroInAWorkbook() throws Exception {
		refused(mvc.perform(post("/api/v1/imports/returns").with(admin()).contentType(XLSX).content(workbook())),
				"#date")
			.andExpect(jsonPath("$.errors[0].row").value(3));
		assertThat(written()).isZero();
	}

	@Test
	void refusesYearZeroInTheRecordApis() throws Exception {
		refused(json(post("/api/v1/returns"), """
				{"id":"j1","source":"SRC","date":"0000-01-01","category":"idp_returnee","persons":5,"adm1":"SY03"}"""),
				"date");
		refused(json(post("/api/v1/facilities/events"), """
				{"id":"j2","source":"SRC","facility":"F","type":"school","adm1":"SY03","status":"works_under_way",
				 "date":"0000-01-01"}"""), "date");
		assertThat(written()).isZero();
	}

	private ResultActions refused(ResultActions answer, String column) throws Exception {
		return answer.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].column").value(column))
			.andExpect(jsonPath("$.errors[0].value").value("0000-01-01"))
			.andExpect(jsonPath("$.errors[0].message").value(BEFORE));
	}

	private ResultActions csv(String path, String file) throws Exception {
		return mvc.perform(post(path).with(admin()).contentType("text/csv").content(file.replace("SRC", source)));
	}

	private ResultActions json(MockHttpServletRequestBuilder request, String body) throws Exception {
		return mvc.perform(request.with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("SRC", source)));
	}

	private long written() {
		return jdbc.sql("""
				select (select count(*) from return_record where source_code = :source)
				     + (select count(*) from facility_event where source_code = :source)
				""").param("source", source).query(Long.class).single();
	}

	/** The day typed as text, as a spreadsheet keeps what it cannot read as a date. */
	private byte[] workbook() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("returns");
			String[] tags = { "#meta+id", "#meta+source", "#date", "#affected+type", "#affected+returnees", "#adm1+code" };
			String[] cells = { "x1", source, "0000-01-01", "idp_returnee", "5", "SY03" };
			sheet.createRow(0).createCell(0).setCellValue("Returns");
			Row hashtags = sheet.createRow(1);
			Row row = sheet.createRow(2);
			for (int column = 0; column < tags.length; column++) {
				hashtags.createCell(column).setCellValue(tags[column]);
				row.createCell(column).setCellValue(cells[column]);
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}
}
