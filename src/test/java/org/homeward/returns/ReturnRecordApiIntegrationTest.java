package org.homeward.returns;

import org.homeward.support.AtOnce;
import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.SourceOfItsOwn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.homeward.support.Credentials.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@HomewardIntegrationTest
class ReturnRecordApiIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@SourceOfItsOwn("J")
	String source;

	@Test
	void acceptsEveryOneOfManyRecordsSentAtOnceForTheSameNewDay() throws Exception {
		// each is the first count of the day for its writer, so the writers race for the day's new aggregate rows
		java.util.List<MockHttpServletRequestBuilder> requests = new java.util.ArrayList<>();
		for (int writer = 1; writer <= 8; writer++) {
			requests.add(post("/api/v1/returns").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
					{"id": "race-%d", "source": "%s", "date": "2018-09-30", "category": "idp_returnee", "persons": %d,
					 "adm1": "SY02"}""".formatted(writer, source, writer)));
		}
		java.util.List<Integer> statuses = AtOnce.statuses(mvc, requests);
		assertThat(statuses).containsOnly(201);
		mvc.perform(get("/api/v1/briefings").param("asOf", "2018-09-30").param("days", "1").param("source", source))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.returns.total").value(36))
			.andExpect(jsonPath("$.returns.totalByGovernorate.SY02").value(36));
	}

	@Test
	void addsCorrectsAndVoidsARecordKeepingEveryVersionWithItsReason() throws Exception {
		mvc.perform(post("/api/v1/returns").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"id": "k1", "source": "%s", "date": "2018-10-21", "category": "refugee_returnee", "persons": 42,
				 "adm1": "SY12", "originCountry": "jor", "entryPoint": "NASIB", "female": 20, "male": 22,
				 "age0to4": 5, "age5to11": 7, "age12to17": 6, "age18to59": 20, "age60plus": 4, "households": 9}
				""".formatted(source)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/returns/" + source + "/k1"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.originCountry").value("JOR"))
			.andExpect(jsonPath("$.ages['60+']").value(4))
			.andExpect(jsonPath("$.recordedBy").value("admin"));
		mvc.perform(put("/api/v1/returns/{source}/k1", source).with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"date": "2018-10-21", "category": "refugee_returnee", "persons": 44, "adm1": "SY12",
						 "originCountry": "JOR", "entryPoint": "NASIB", "reason": "two children were not counted"}
						"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.persons").value(44))
			.andExpect(jsonPath("$.reason").value("two children were not counted"));
		mvc.perform(delete("/api/v1/returns/{source}/k1", source).with(admin()).param("reason", "sent twice by the crossing"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(3))
			.andExpect(jsonPath("$.voided").value(true));
		mvc.perform(get("/api/v1/returns/{source}/k1/versions", source).with(admin()))
			.andExpect(jsonPath("$[*].persons", contains(42, 44, 44)))
			.andExpect(jsonPath("$[*].voided", contains(false, false, true)));
		assertThat(jdbc.sql("select reason from audit_event where action = 'returns.imported' and reason is not null"
				+ " order by id").query(String.class).list())
			.contains("two children were not counted", "sent twice by the crossing");
		mvc.perform(get("/api/v1/briefings").param("asOf", "2018-10-22").param("source", source))
			.andExpect(jsonPath("$.returns.total").value(0));
	}

	@Test
	void refusesACorrectionWithoutReasonAndAnUnknownRecord() throws Exception {
		mvc.perform(post("/api/v1/returns").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"id": "k2", "source": "%s", "date": "2018-10-21", "category": "idp_returnee", "persons": 3, "adm1": "SY02"}
				""".formatted(source))).andExpect(status().isCreated());
		mvc.perform(put("/api/v1/returns/{source}/k2", source).with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"date\": \"2018-10-21\", \"category\": \"idp_returnee\", \"persons\": 4, \"adm1\": \"SY02\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].column").value("reason"));
		mvc.perform(delete("/api/v1/returns/{source}/nothing", source).with(admin()).param("reason", "x"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/returns").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"id": "k2", "source": "%s", "date": "2018-10-21", "category": "idp_returnee", "persons": 3, "adm1": "SY02"}
				""".formatted(source)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("record-exists"));
	}

	@Test
	void namesJsonFieldsInProblemsAndHasNoRowNumbers() throws Exception {
		mvc.perform(post("/api/v1/returns").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"id": "k3", "source": "%s", "date": "2018-10-21", "category": "refugee_returnee", "persons": 3,
				 "adm1": "SY02"}
				""".formatted(source)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].column").value("originCountry"))
			.andExpect(jsonPath("$.errors[0].row").doesNotExist());
	}

	@Test
	void refusesWritesWithoutCredentials() throws Exception {
		mvc.perform(post("/api/v1/returns").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/returns/figures").param("asOf", "2018-10-22")).andExpect(status().isUnauthorized());
	}
}
