package org.homeward.access;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.TestSources;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Credentials.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A data officer is kept to their area and a partner to its source by the ledger; API tokens stand for a user. */
@HomewardIntegrationTest
class ScopeIntegrationTest {

	private static final String PASSWORD = "scope-password-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void officerOfAleppoAndAPartner() {
		if (jdbc.sql("select count(*) from app_user where username = 'scope-officer'").query(Long.class).single() > 0) {
			return;
		}
		TestSources.register(jdbc, "SCOPE");
		TestSources.register(jdbc, "SCOPEP");
		TestSources.register(jdbc, "SCOPEA");
		insert("scope-officer", "DATA_OFFICER", "SY02", null);
		insert("scope-partner", "PARTNER", null, "SCOPEP");
	}

	@Test
	void aDataOfficerRecordsInTheirAreaAndIsRefusedElsewhereNamingTheRowColumnAndValue() throws Exception {
		mvc.perform(post("/api/v1/returns").with(httpBasic("scope-officer", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(record("SCOPE", "A-1", "SY02")))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/returns").with(httpBasic("scope-officer", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(record("SCOPE", "A-2", "SY01")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].column").value("adm1"))
			.andExpect(jsonPath("$.errors[0].message").value(
					"The destination SY01 lie outside your area (SY02): you record only there."));
		mvc.perform(post("/api/v1/returns").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content(record("SCOPE", "D-1", "SY01"))).andExpect(status().isCreated());
		// a record of another area can be neither read nor changed, not even moved into the area
		mvc.perform(get("/api/v1/returns/SCOPE/D-1").with(httpBasic("scope-officer", PASSWORD)))
			.andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("outside-scope"));
		mvc.perform(put("/api/v1/returns/SCOPE/D-1").with(httpBasic("scope-officer", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(record("SCOPE", "D-1", "SY02").replace("}", ",\"reason\":\"mine now\"}")))
			.andExpect(status().isForbidden());
		String file = org.homeward.support.HxlCsv.returns("F-1,SCOPE,2018-10-01,idp_returnee,4,SY02,,,,,,",
				"D-1,SCOPE,2018-10-01,idp_returnee,4,SY02,,,,,,");
		mvc.perform(post("/api/v1/imports/returns").with(httpBasic("scope-officer", PASSWORD))
			.contentType("text/csv").content(file))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(4))
			.andExpect(jsonPath("$.errors[0].value").value("D-1"));
		assertThat(jdbc.sql("select record_id from return_record where source_code = 'SCOPE' order by record_id")
			.query(String.class).list()).containsExactly("A-1", "D-1");
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'returns.record-read' and actor = 'scope-officer'")
			.query(Long.class).single()).isZero();
	}

	@Test
	void aPartnerWritesAsItsOwnSourceOnlyAndATokenStandsForItUntilRevoked() throws Exception {
		mvc.perform(post("/api/v1/returns").with(httpBasic("scope-partner", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(record("SCOPE", "P-1", "SY05")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].column").value("source"))
			.andExpect(jsonPath("$.errors[0].message").value("Your account writes as source SCOPEP only."));

		long partnerId = jdbc.sql("select id from app_user where username = 'scope-partner'").query(Long.class).single();
		String page = mvc.perform(post("/admin/users/" + partnerId + "/tokens").with(user("admin").roles("ADMIN"))
			.with(csrf()).param("name", "nightly script")).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		Matcher shown = Pattern.compile("id=\"new-token\">(hw_[A-Za-z0-9_-]{43})<").matcher(page);
		assertThat(shown.find()).isTrue();
		String token = shown.group(1);
		assertThat(jdbc.sql("select token_hash from api_token where user_id = ?").param(partnerId).query(String.class)
			.single()).hasSize(64).isNotEqualTo(token);

		mvc.perform(post("/api/v1/returns").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content(record("SCOPEP", "P-1", "SY05")))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.recordedBy").value("scope-partner"));
		mvc.perform(get("/api/v1/exports/returns").header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden());

		long tokenId = jdbc.sql("select id from api_token where user_id = ?").param(partnerId).query(Long.class).single();
		mvc.perform(post("/admin/tokens/" + tokenId + "/revoke").with(user("admin").roles("ADMIN")).with(csrf())
			.param("reason", "script retired")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/returns/figures?asOf=2018-10-22").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("invalid-token"));
		assertThat(jdbc.sql("select action from audit_event where subject_type = 'api_token' and subject_id = ? order by id")
			.param(Long.toString(tokenId)).query(String.class).list()).containsExactly("token.created", "token.revoked");
	}

	/**
	 * A record of another area is out of a data officer's reach by every door (JSON, CSV, XLSX, pages), and each
	 * answer is the one a record that does not exist gets: nothing tells them the id is taken, or where.
	 */
	@Test
	void aRecordOfAnotherAreaIsAnsweredByEveryDoorAsOneThatDoesNotExist() throws Exception {
		mvc.perform(post("/api/v1/returns").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content(record("SCOPEA", "O-1", "SY01"))).andExpect(status().isCreated());
		String outside = "The id lies outside your area (SY02): you record only there.";
		for (String path : new String[] { "/api/v1/returns/SCOPEA/%s", "/api/v1/returns/SCOPEA/%s/versions" }) {
			assertSameAnswer(get(path.formatted("O-1")).with(officer()), get(path.formatted("NONE-1")).with(officer()),
					403);
		}
		String correction = record("SCOPEA", "X", "SY02").replace("}", ",\"reason\":\"mine now\"}");
		assertSameAnswer(put("/api/v1/returns/SCOPEA/O-1").with(officer()).contentType(MediaType.APPLICATION_JSON)
			.content(correction), put("/api/v1/returns/SCOPEA/NONE-1").with(officer())
				.contentType(MediaType.APPLICATION_JSON).content(correction), 403);
		assertSameAnswer(delete("/api/v1/returns/SCOPEA/O-1").with(officer()).param("reason", "not mine"),
				delete("/api/v1/returns/SCOPEA/NONE-1").with(officer()).param("reason", "not mine"), 403);
		mvc.perform(post("/api/v1/returns").with(officer()).contentType(MediaType.APPLICATION_JSON)
			.content(record("SCOPEA", "O-1", "SY02")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].column").value("id"))
			.andExpect(jsonPath("$.errors[0].value").value("O-1"))
			.andExpect(jsonPath("$.errors[0].message").value(outside));
		mvc.perform(post("/api/v1/imports/returns").with(officer()).contentType("text/csv")
			.content(org.homeward.support.HxlCsv.returns("O-1,SCOPEA,2018-10-01,idp_returnee,4,SY02,,,,,,")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("#meta+id"))
			.andExpect(jsonPath("$.errors[0].message").value(outside));
		mvc.perform(post("/api/v1/imports/returns").with(officer())
			.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").content(workbook("O-1")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("#meta+id"))
			.andExpect(jsonPath("$.errors[0].message").value(outside));
		String voids = "Row id,Source,Void\n#meta+id,#meta+source,#meta+void\n%s,SCOPEA,true\n";
		assertSameAnswer(post("/api/v1/imports/returns").with(officer()).contentType("text/csv")
			.content(voids.formatted("O-1")), post("/api/v1/imports/returns").with(officer()).contentType("text/csv")
				.content(voids.formatted("NONE-1")), 422);
		// the pages
		RequestPostProcessor signedIn = user("scope-officer").roles("DATA_OFFICER");
		mvc.perform(get("/returns/SCOPEA/O-1").with(signedIn)).andExpect(status().isForbidden());
		mvc.perform(get("/returns/SCOPEA/NONE-1").with(signedIn)).andExpect(status().isForbidden());
		assertThat(mvc.perform(post("/returns").with(signedIn).with(csrf()).param("id", "O-1").param("source", "SCOPEA")
			.param("date", "2018-10-01").param("category", "idp_returnee").param("persons", "4").param("adm1", "SY02"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString())
			.contains(outside).doesNotContain("record-exists", "already has");
		// a partner is answered alike for any record of another source, whether it exists or not
		assertSameAnswer(get("/api/v1/returns/SCOPEA/O-1").with(partner()),
				get("/api/v1/returns/SCOPEA/NONE-1").with(partner()), 403);
		mvc.perform(post("/api/v1/returns").with(partner()).contentType(MediaType.APPLICATION_JSON)
			.content(record("SCOPEA", "O-1", "SY02")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].column").value("source"));
		assertThat(jdbc.sql("select count(*) from return_record where source_code = 'SCOPEA' and record_id in ('O-1', 'NONE-1')")
			.query(Long.class).single()).isEqualTo(1);
	}

	/** Both requests are answered with the same status and the same problem, but for the record id they name. */
	private void assertSameAnswer(org.springframework.test.web.servlet.RequestBuilder outside,
			org.springframework.test.web.servlet.RequestBuilder missing, int status) throws Exception {
		MockHttpServletResponse first = mvc.perform(outside).andReturn().getResponse();
		MockHttpServletResponse second = mvc.perform(missing).andReturn().getResponse();
		assertThat(first.getStatus()).isEqualTo(status);
		assertThat(second.getStatus()).isEqualTo(status);
		assertThat(comparable(first, "O-1")).isEqualTo(comparable(second, "NONE-1"));
	}

	private static String comparable(MockHttpServletResponse response, String id) throws Exception {
		return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8).replace(id, "ID")
			.replaceAll("\"instance\":\"[^\"]*\"", "");
	}

	/** A workbook of one record in SY02 with the given id. */
	private static byte[] workbook(String id) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("returns");
			String[][] rows = { { "Id", "Source", "Date", "Category", "Persons", "Governorate" },
					{ "#meta+id", "#meta+source", "#date", "#affected+type", "#affected+returnees", "#adm1+code" },
					{ id, "SCOPEA", "2018-10-01", "idp_returnee", "4", "SY02" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static RequestPostProcessor officer() {
		return httpBasic("scope-officer", PASSWORD);
	}

	private static RequestPostProcessor partner() {
		return httpBasic("scope-partner", PASSWORD);
	}

	@Test
	void aPartnerReadsTheFacilitiesRecordsAndExportsOfItsOwnSourceOnly() throws Exception {
		mvc.perform(post("/api/v1/facilities/events").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content(event("SCOPE", "SF-1"))).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/facilities/events").with(httpBasic("scope-partner", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(event("SCOPEP", "PF-1"))).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/returns").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content(record("SCOPE", "PR-1", "SY05"))).andExpect(status().isCreated());

		for (String path : List.of("/api/v1/facilities/SCOPE/SF-1", "/api/v1/facilities/scope/SF-1",
				"/api/v1/facilities/SCOPE/never-sent")) {
			mvc.perform(get(path).with(httpBasic("scope-partner", PASSWORD)))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("outside-scope"))
				.andExpect(jsonPath("$.detail").value("Facility SCOPE/" + path.substring(path.lastIndexOf('/') + 1)
						+ " is of another source; your account reads those of SCOPEP only."));
		}
		mvc.perform(get("/api/v1/facilities/SCOPEP/PF-1").with(httpBasic("scope-partner", PASSWORD)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.events[0].recordedBy").value("scope-partner"));
		mvc.perform(get("/api/v1/returns/SCOPE/PR-1/versions").with(httpBasic("scope-partner", PASSWORD)))
			.andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("outside-scope"));
		for (String export : List.of("/api/v1/exports/facilities?source=SCOPE", "/api/v1/exports/returns?source=SCOPE",
				"/api/v1/exports/facilities?source=SCOPEP")) {
			mvc.perform(get(export).with(httpBasic("scope-partner", PASSWORD))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/facilities/SCOPE/SF-1").with(user("scope-partner").roles("PARTNER")))
			.andExpect(status().isForbidden());
	}

	private static String event(String source, String facility) {
		return "{\"id\":\"" + facility + "-e\",\"source\":\"" + source + "\",\"facility\":\"" + facility
				+ "\",\"type\":\"school\",\"adm1\":\"SY02\",\"status\":\"works_under_way\",\"date\":\"2018-10-01\"}";
	}

	private static String record(String source, String id, String governorate) {
		return "{\"id\":\"" + id + "\",\"source\":\"" + source + "\",\"date\":\"2018-10-01\","
				+ "\"category\":\"idp_returnee\",\"persons\":\"4\",\"adm1\":\"" + governorate + "\"}";
	}

	private void insert(String username, String role, String area, String source) {
		TestUsers.insert(jdbc, username, PASSWORD, role, area, source);
	}
}
