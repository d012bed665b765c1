package org.homeward.situation;

import org.homeward.support.HomewardIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

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

	private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String json) throws Exception {
		return mvc.perform(request.with(admin()).contentType(MediaType.APPLICATION_JSON).content(json));
	}
}
