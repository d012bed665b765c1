package org.homeward.situation;

import java.util.List;

import org.homeward.support.HomewardIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.homeward.support.Credentials.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The situation items of the seed briefing: the amnesty decree, Rukban without access, the working group. */
@HomewardIntegrationTest
class SituationIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void followsACampsPopulationAndAccessOverTime() throws Exception {
		send(post("/api/v1/camps/RUKBAN/population"), """
				{"source": "UNHCR", "estimatedOn": "2018-09-01", "persons": 50000}""").andExpect(status().isCreated());
		send(post("/api/v1/camps/RUKBAN/population"), """
				{"source": "OCHA", "estimatedOn": "2018-10-15", "persons": 45000, "note": "after the convoy"}""")
			.andExpect(status().isCreated());
		send(post("/api/v1/camps/RUKBAN/access"), """
				{"source": "OCHA", "since": "2018-08-01", "status": "restricted", "reason": "armed groups control the roads"}""")
			.andExpect(status().isCreated());
		send(post("/api/v1/camps/RUKBAN/access"), """
				{"source": "JCHQ", "since": "2018-10-10", "status": "denied", "reason": "no humanitarian access granted"}""")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("denied"));
		mvc.perform(get("/api/v1/camps").with(admin()).param("asOf", "2018-10-01"))
			.andExpect(jsonPath("$[?(@.camp == 'RUKBAN')].population.persons").value(50000))
			.andExpect(jsonPath("$[?(@.camp == 'RUKBAN')].access.status").value("restricted"));
		mvc.perform(get("/api/v1/camps").with(admin()).param("asOf", "2018-10-22"))
			.andExpect(jsonPath("$[?(@.camp == 'RUKBAN')].population.persons").value(45000))
			.andExpect(jsonPath("$[?(@.camp == 'RUKBAN')].access.status").value("denied"))
			.andExpect(jsonPath("$[?(@.camp == 'RUKBAN')].access.source").value("JCHQ"));
		mvc.perform(get("/api/v1/camps/RUKBAN/access").with(admin()))
			.andExpect(jsonPath("$[*].status", contains("restricted", "denied")));
	}

	@Test
	void keepsEveryVersionOfALegalActWithTheReasonForTheCorrection() throws Exception {
		String location = send(post("/api/v1/legal-acts"), """
				{"number": "18", "title": "Decree on general amnesty", "kind": "amnesty", "signedOn": "2018-10-19",
				 "summary": "Amnesty for deserters and draft evaders", "link": "https://example.org/decree-18",
				 "source": "JCHQ"}""").andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		send(put(location), """
				{"number": "18", "title": "Decree on general amnesty", "kind": "amnesty", "signedOn": "2018-10-09",
				 "summary": "Amnesty for deserters and draft evaders", "link": "https://example.org/decree-18",
				 "source": "JCHQ", "reason": "signed on 9 October, not 19"}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2));
		mvc.perform(get(location + "/versions").with(admin()))
			.andExpect(jsonPath("$[*].signedOn", contains("2018-10-19", "2018-10-09")))
			.andExpect(jsonPath("$[1].reason").value("signed on 9 October, not 19"));
		mvc.perform(get("/api/v1/briefings").param("asOf", "2018-10-22"))
			.andExpect(jsonPath("$.situation.legalActs[*].title", hasItem("Decree on general amnesty")))
			.andExpect(jsonPath("$.situation.legalActs[?(@.number == '18')].kind").value("amnesty"));
	}

	@Test
	void followsCoordinationActionsThroughTheirStatuses() throws Exception {
		String location = send(post("/api/v1/coordination-actions"), """
				{"kind": "working_group", "title": "Inter-agency working group on legal assistance",
				 "participants": ["Ministry of Foreign Affairs", "Ministry of Defence", "Ministry of Justice"],
				 "status": "in_preparation", "source": "JCHQ"}""").andExpect(status().isCreated())
			.andReturn().getResponse().getHeader("Location");
		mvc.perform(get("/api/v1/briefings").param("asOf", "2018-10-22"))
			.andExpect(jsonPath("$.situation.coordinationActions[*].title",
					hasItem("Inter-agency working group on legal assistance")));
		send(put(location), """
				{"kind": "working_group", "title": "Inter-agency working group on legal assistance",
				 "participants": ["Ministry of Foreign Affairs", "Ministry of Defence", "Ministry of Justice"],
				 "status": "done", "happenedOn": "2018-11-20", "source": "JCHQ", "reason": "constituted"}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.participants.length()").value(3));
		mvc.perform(get(location + "/versions").with(admin()))
			.andExpect(jsonPath("$[*].status", contains("in_preparation", "done")));
	}

	@Test
	void refusesBadSituationInputNamingEachField() throws Exception {
		send(post("/api/v1/camps/RUKBAN/access"), """
				{"source": "NOBODY", "since": "2999-01-01", "status": "denied"}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].column", contains("source", "since", "reason")));
		send(post("/api/v1/camps/SY04/population"), """
				{"source": "UNHCR", "estimatedOn": "2018-09-01", "persons": 5}""")
			.andExpect(status().isNotFound());
		send(post("/api/v1/legal-acts"), """
				{"title": " ", "kind": "edict", "signedOn": "2018-10-09", "link": "javascript:alert(1)", "source": "JCHQ"}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].column", contains("title", "kind", "link")));
		send(post("/api/v1/aid-deliveries"), """
				{"deliveredOn": "2018-10-20", "place": "NOWHERE", "what": "flour", "quantity": -1, "unit": "t",
				 "deliveredBy": "SARC", "source": "OCHA"}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].column", contains("place", "quantity")));
		mvc.perform(post("/api/v1/legal-acts").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void refusesControlCharactersInEveryFreeTextNamingTheFieldAndWritesNothing() throws Exception {
		String act = send(post("/api/v1/legal-acts"), """
				{"title": "Decree on free text", "kind": "decree", "signedOn": "2018-10-09", "source": "JCHQ"}""")
			.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		long before = situationRows();
		String oneLine = "One line of text with no control characters (a line break is one: write a space instead).";
		String lines = "Text with no control characters other than line breaks and tabs.";
		List<List<String>> refused = List.of(
				List.of("/api/v1/camps/RUKBAN/population", """
						{"source": "UNHCR", "estimatedOn": "2018-09-01", "persons": 5, "note": "a\\u0001b"}""", "note", lines),
				List.of("/api/v1/camps/RUKBAN/access", """
						{"source": "OCHA", "since": "2018-08-01", "status": "denied", "reason": "\\u001b[31mred"}""",
						"reason", lines),
				List.of("/api/v1/legal-acts", """
						{"title": "Decree \\u0001", "kind": "decree", "signedOn": "2018-10-09", "source": "JCHQ"}""",
						"title", oneLine),
				List.of("/api/v1/legal-acts", """
						{"title": "Decree\\nof two lines", "kind": "decree", "signedOn": "2018-10-09", "source": "JCHQ"}""",
						"title", oneLine),
				List.of("/api/v1/legal-acts", """
						{"title": "Decree \\uFFFF", "kind": "decree", "signedOn": "2018-10-09", "source": "JCHQ"}""",
						"title", oneLine),
				List.of("/api/v1/legal-acts", """
						{"title": "Decree \\uD800", "kind": "decree", "signedOn": "2018-10-09", "source": "JCHQ"}""",
						"title", oneLine),
				List.of("/api/v1/legal-acts", """
						{"number": "1\\u00002", "title": "Decree", "kind": "decree", "signedOn": "2018-10-09",
						 "source": "JCHQ"}""", "number", oneLine),
				List.of("/api/v1/legal-acts", """
						{"title": "Decree", "kind": "decree", "signedOn": "2018-10-09", "summary": "bell\\u0007",
						 "source": "JCHQ"}""", "summary", lines),
				List.of("PUT " + act, """
						{"title": "Decree on free text", "kind": "decree", "signedOn": "2018-10-09", "source": "JCHQ",
						 "reason": "nul\\u0000byte"}""", "reason", lines),
				List.of("/api/v1/coordination-actions", """
						{"kind": "meeting", "title": "Meeting\\u0008", "status": "planned", "source": "JCHQ"}""",
						"title", oneLine),
				List.of("/api/v1/coordination-actions", """
						{"kind": "meeting", "title": "Meeting", "status": "planned", "summary": "\\u0001",
						 "source": "JCHQ"}""", "summary", lines),
				List.of("/api/v1/aid-deliveries", """
						{"deliveredOn": "2018-10-20", "place": "SY03", "what": "flour\\u0001", "quantity": 1, "unit": "t",
						 "deliveredBy": "SARC", "source": "OCHA"}""", "what", oneLine),
				List.of("/api/v1/aid-deliveries", """
						{"deliveredOn": "2018-10-20", "place": "SY03", "what": "flour", "quantity": 1, "unit": "t\\u0001",
						 "deliveredBy": "SARC", "source": "OCHA"}""", "unit", oneLine),
				List.of("/api/v1/aid-deliveries", """
						{"deliveredOn": "2018-10-20", "place": "SY03", "what": "flour", "quantity": 1, "unit": "t",
						 "deliveredBy": "SARC\\u001f", "source": "OCHA"}""", "deliveredBy", oneLine));
		for (List<String> request : refused) {
			String path = request.get(0);
			send(path.startsWith("PUT ") ? put(path.substring(4)) : post(path), request.get(1))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors.length()").value(1))
				.andExpect(jsonPath("$.errors[0].column").value(request.get(2)))
				.andExpect(jsonPath("$.errors[0].message").value(request.get(3)));
		}
		send(post("/api/v1/coordination-actions"), """
				{"kind": "meeting", "title": "Meeting", "status": "planned", "participants": ["Ministry\\u0001"],
				 "source": "JCHQ"}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].column").value("participants"))
			.andExpect(jsonPath("$.errors[0].message").value("A participant is one organisation's name, one line of "
					+ "at most 200 characters with no control characters."));
		assertThat(situationRows()).isEqualTo(before);
		send(post("/api/v1/camps/RUKBAN/access"), """
				{"source": "OCHA", "since": "2018-08-01", "status": "denied", "reason": "roads\\nclosed\\tagain"}""")
			.andExpect(status().isCreated());
	}

	private long situationRows() {
		return jdbc.sql("""
				select (select count(*) from camp_population) + (select count(*) from camp_access)
				     + (select count(*) from legal_act) + (select count(*) from coordination_action)
				     + (select count(*) from aid_delivery)
				""").query(Long.class).single();
	}

	private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String json) throws Exception {
		return mvc.perform(request.with(admin()).contentType(MediaType.APPLICATION_JSON).content(json));
	}
}
