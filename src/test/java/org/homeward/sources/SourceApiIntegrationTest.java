package org.homeward.sources;

import java.util.List;

import org.homeward.support.HomewardIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.homeward.support.Credentials.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@HomewardIntegrationTest
class SourceApiIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void isSeededWithTheHeadquartersAsPrimarySourceAndThreeAgencies() throws Exception {
		mvc.perform(get("/api/v1/sources"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItems("IOM", "JCHQ", "OCHA", "UNHCR")))
			.andExpect(jsonPath("$[?(@.primary == true)].code", contains("JCHQ")));
		mvc.perform(get("/api/v1/sources/unhcr"))
			.andExpect(jsonPath("$.kind").value("un_agency"))
			.andExpect(jsonPath("$.primary").value(false));
	}

	@Test
	void anAdministratorRegistersASourceAndTheAuditTrailRecordsIt() throws Exception {
		mvc.perform(post("/api/v1/sources").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code": "MOLA", "name": "Ministry of Local Administration", "kind": "government"}
						"""))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/sources/MOLA"))
			.andExpect(jsonPath("$.kind").value("government"))
			.andExpect(jsonPath("$.primary").value(false));
		mvc.perform(get("/api/v1/sources/MOLA")).andExpect(jsonPath("$.name").value("Ministry of Local Administration"));
		assertThat(jdbc.sql("select actor from audit_event where action = 'source.registered' and subject_id = 'MOLA'")
			.query(String.class).list()).containsExactly("admin");
	}

	@Test
	void refusesAnonymousRegistrationWith401AndWritesNothing() throws Exception {
		mvc.perform(post("/api/v1/sources").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\": \"ANON\", \"name\": \"Anonymous\", \"kind\": \"ngo\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("unauthenticated"));
		mvc.perform(get("/api/v1/sources/ANON")).andExpect(status().isNotFound());
	}

	@Test
	void listsEveryProblemOfAnInvalidSourceAtOnce() throws Exception {
		mvc.perform(post("/api/v1/sources").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\": \"bad code!\", \"name\": \" \", \"kind\": \"church\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("invalid-input"))
			.andExpect(jsonPath("$.errors[*].column", contains("code", "name", "kind")))
			.andExpect(jsonPath("$.errors[2].value").value("church"));
	}

	@Test
	void refusesANameWithAControlCharacterNamingTheField() throws Exception {
		for (String name : List.of("Relief\\u0001Agency", "Relief\\nAgency", "Relief \\uFFFF")) {
			mvc.perform(post("/api/v1/sources").with(admin()).contentType(MediaType.APPLICATION_JSON)
					.content("{\"code\": \"CTRLNAME\", \"name\": \"" + name + "\", \"kind\": \"ngo\"}"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors.length()").value(1))
				.andExpect(jsonPath("$.errors[0].column").value("name"))
				.andExpect(jsonPath("$.errors[0].message").value(
						"One line of text with no control characters (a line break is one: write a space instead)."));
		}
		mvc.perform(get("/api/v1/sources/CTRLNAME")).andExpect(status().isNotFound());
	}

	@Test
	void refusesADuplicateCodeAndASecondPrimarySourceWith409() throws Exception {
		mvc.perform(post("/api/v1/sources").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\": \"UNHCR\", \"name\": \"Again\", \"kind\": \"un_agency\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("source-exists"));
		mvc.perform(post("/api/v1/sources").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\": \"WFP\", \"name\": \"World Food Programme\", \"kind\": \"un_agency\", \"primary\": true}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("primary-source-exists"));
		mvc.perform(get("/api/v1/sources/WFP")).andExpect(status().isNotFound());
	}

	@Test
	void unreadableBodyIsA400Problem() throws Exception {
		mvc.perform(post("/api/v1/sources").with(admin()).contentType(MediaType.APPLICATION_JSON).content("{\"code\": "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("unreadable-body"));
	}
}
