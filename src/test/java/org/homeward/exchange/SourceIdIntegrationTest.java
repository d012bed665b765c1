package org.homeward.exchange;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.List;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Credentials.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A source's id is kept only when every link can name it, and then every link names it. */
@HomewardIntegrationTest
class SourceIdIntegrationTest {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@SourceOfItsOwn("I")
	String source;

	@Test
	void namesARecordWhoseIdHoldsSpacesQuotesSlashesAndArabicLettersInItsLinkAndReadsAndChangesIt() throws Exception {
		java.util.Map<String, String> links = new java.util.LinkedHashMap<>();
		links.put("case 12 <b>", "case%2012%20%3Cb%3E");
		links.put("a,\"quoted\",b", "a%2C%22quoted%22%2Cb");
		links.put("2018/10//001", "2018%2F10%2F%2F001");
		links.put("back\\slash", "back%5Cslash");
		links.put("سجل-٧", "%D8%B3%D8%AC%D9%84-%D9%A7");
		for (String id : links.keySet()) {
			String location = mvc.perform(post("/api/v1/returns").with(admin()).contentType(MediaType.APPLICATION_JSON)
					.content(record(id, 5, null)))
				.andExpect(status().isCreated())
				.andReturn().getResponse().getHeader("Location");
			assertThat(location).isEqualTo("/api/v1/returns/" + source + "/" + links.get(id));
			mvc.perform(get(URI.create(location)).with(admin())).andExpect(status().isOk())
				.andExpect(jsonPath("$.id").value(id));
			mvc.perform(put(URI.create(location)).with(admin()).contentType(MediaType.APPLICATION_JSON)
					.content(record(id, 6, "recounted"))).andExpect(status().isOk())
				.andExpect(jsonPath("$.persons").value(6));
			mvc.perform(get(URI.create(location + "/versions")).with(admin())).andExpect(status().isOk())
				.andExpect(jsonPath("$.length()").value(2));
			mvc.perform(delete(URI.create(location + "?reason=sent+twice")).with(admin())).andExpect(status().isOk())
				.andExpect(jsonPath("$.voided").value(true));
		}
		assertThat(jdbc.sql("select count(*) from return_record where source_code = ?").param(source)
			.query(Long.class).single()).isEqualTo(15);
	}

	@Test
	void refusesARecordWhoseIdNoLinkCanNameBeforeWritingIt() throws Exception {
		for (String id : List.of("50%", "a;b", "\uD800", "..", "a/../b", "SY02\u200B")) {
			mvc.perform(post("/api/v1/returns").with(admin()).contentType(MediaType.APPLICATION_JSON)
					.content(record(id, 5, null)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].column").value("id"))
				.andExpect(jsonPath("$.errors[0].value").value(id));
		}
		importCsv("text/csv", HxlCsv.returns("ok-1," + source + ",2018-10-20,idp_returnee,5,SY03,,,,,,",
				"\"a;b\"," + source + ",2018-10-20,idp_returnee,5,SY03,,,,,,").getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(4))
			.andExpect(jsonPath("$.errors[0].column").value("#meta+id"))
			.andExpect(jsonPath("$.errors[0].value").value("a;b"));
		importCsv(XLSX, workbook(List.of("#meta+id", "#meta+source", "#date", "#affected+type", "#affected+returnees",
				"#adm1+code"), List.of("100%", source, "2018-10-20", "idp_returnee", "5", "SY03")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("#meta+id"))
			.andExpect(jsonPath("$.errors[0].value").value("100%"));
		mvc.perform(post("/returns").with(user("admin").roles("ADMIN")).with(csrf()).param("id", "a;b")
				.param("source", source).param("date", "2018-10-20").param("category", "idp_returnee")
				.param("persons", "5").param("adm1", "SY03"))
			.andExpect(status().isUnprocessableContent());
		assertThat(jdbc.sql("select count(*) from return_record where source_code = ?").param(source)
			.query(Long.class).single()).isZero();
	}

	@Test
	void namesAFacilityWhoseCodeHoldsASpaceAndASlashInItsLinkAndVoidsAnEventWhoseIdHoldsOne() throws Exception {
		String location = mvc.perform(post("/api/v1/facilities/events").with(admin())
				.contentType(MediaType.APPLICATION_JSON).content(event("e 1/2", "School 4/B")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/facilities/" + source + "/School%204%2FB"))
			.andReturn().getResponse().getHeader("Location");
		mvc.perform(get(URI.create(location)).with(admin())).andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("School 4/B"));
		mvc.perform(delete(URI.create("/api/v1/facilities/events/" + source + "/e%201%2F2?reason=wrong+school"))
				.with(admin())).andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from facility_event where source_code = ?").param(source)
			.query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void refusesAFacilityWhoseCodeOrEventIdNoLinkCanNameBeforeWritingIt() throws Exception {
		mvc.perform(post("/api/v1/facilities/events").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content(event("e1", "F;1")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].column").value("facility"))
			.andExpect(jsonPath("$.errors[0].value").value("F;1"));
		String header = "Event,Source,Facility,Type,Governorate,Status,Date\n"
				+ "#meta+id,#meta+source,#loc+facility+code,#loc+facility+type,#adm1+code,#status,#date\n";
		mvc.perform(post("/api/v1/imports/facilities").with(admin()).contentType("text/csv")
				.content(header + "e%1," + source + ",F1,school,SY03,damaged,2018-01-10\n"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("#meta+id"))
			.andExpect(jsonPath("$.errors[0].value").value("e%1"));
		assertThat(jdbc.sql("select count(*) from facility_event where source_code = ?").param(source)
			.query(Long.class).single()).isZero();
	}

	private String record(String id, int persons, String reason) {
		return """
				{"id": %s, "source": "%s", "date": "2018-10-20", "category": "idp_returnee", "persons": %d,
				 "adm1": "SY03"%s}""".formatted(quoted(id), source, persons,
				reason == null ? "" : ", \"reason\": \"" + reason + "\"");
	}

	private String event(String id, String facility) {
		return """
				{"id": %s, "source": "%s", "facility": %s, "type": "school", "adm1": "SY03",
				 "status": "damaged", "date": "2018-01-10"}""".formatted(quoted(id), source, quoted(facility));
	}

	/** A JSON string, every character past ASCII escaped, so that a lone surrogate is sent as such. */
	private static String quoted(String text) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			json.append(c == '"' || c == '\\' ? "\\" + c : c < 0x20 || c > 0x7E ? String.format("\\u%04x", (int) c)
					: String.valueOf(c));
		}
		return json.append('"').toString();
	}

	private ResultActions importCsv(String type, byte[] body) throws Exception {
		return mvc.perform(post("/api/v1/imports/returns").with(admin()).contentType(type).content(body));
	}

	private static byte[] workbook(List<String> tags, List<String> cells) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet();
			Row human = sheet.createRow(0);
			Row hashtags = sheet.createRow(1);
			Row data = sheet.createRow(2);
			for (int i = 0; i < tags.size(); i++) {
				human.createCell(i).setCellValue(tags.get(i).substring(1));
				hashtags.createCell(i).setCellValue(tags.get(i));
				data.createCell(i).setCellValue(cells.get(i));
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}
}
