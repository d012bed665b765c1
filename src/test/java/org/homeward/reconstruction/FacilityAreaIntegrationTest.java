package org.homeward.reconstruction;

import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.TestSources;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Credentials.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A data officer changes only the facilities of their area: not by the id of an event of another area's facility,
 * by any door, and nothing they are answered tells them whether such an event or facility exists.
 */
@HomewardIntegrationTest
class FacilityAreaIntegrationTest {

	private static final String SOURCE = "AREAFAC";
	private static final String PASSWORD = "area-password-1";
	private static final String HEADER = """
			Event,Source,Facility,Type,Governorate,District,Sub-district,Status,Date,Void
			#meta+id,#meta+source,#loc+facility+code,#loc+facility+type,#adm1+code,#adm2+code,#adm3+code,#status,#date,#meta+void
			""";
	private static final String OUTSIDE = "The id lies outside your area (SY02): you record only there.";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void aFacilityOfAnotherAreaAndAnOfficerOfSY02() throws Exception {
		if (jdbc.sql("select count(*) from app_user where username = 'area-officer'").query(Long.class).single() > 0) {
			return;
		}
		TestSources.register(jdbc, SOURCE);
		TestUsers.insert(jdbc, "area-officer", PASSWORD, "DATA_OFFICER", "SY02", null);
		mvc.perform(post("/api/v1/imports/facilities").with(admin()).contentType("text/csv").content(HEADER + """
				elsewhere-1,AREAFAC,SCHOOL-SY03,school,SY03,SY0301,SY030101,works_under_way,2018-09-01,
				""")).andExpect(status().isOk());
	}

	@Test
	void refusesACorrectionOfAnEventOfAnotherAreaSentAsJsonOrInAFileAndWritesNothing() throws Exception {
		long before = events();
		mvc.perform(post("/api/v1/facilities/events").with(officer()).contentType(MediaType.APPLICATION_JSON).content("""
				{"id": "elsewhere-1", "source": "AREAFAC", "facility": "MINE-SY02", "type": "school", "adm1": "SY02",
				 "status": "in_operation", "date": "2018-10-01", "reason": "moved here"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].column").value("id"))
			.andExpect(jsonPath("$.errors[0].value").value("elsewhere-1"))
			.andExpect(jsonPath("$.errors[0].message").value(OUTSIDE));
		mvc.perform(post("/api/v1/imports/facilities").with(officer()).contentType("text/csv").content(HEADER + """
				mine-1,AREAFAC,MINE-SY02,school,SY02,SY0200,SY020000,damaged,2018-10-01,
				elsewhere-1,AREAFAC,MINE-SY02,school,SY02,SY0200,SY020000,in_operation,2018-10-01,
				"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(4))
			.andExpect(jsonPath("$.errors[0].column").value("#meta+id"))
			.andExpect(jsonPath("$.errors[0].value").value("elsewhere-1"))
			.andExpect(jsonPath("$.errors[0].message").value(OUTSIDE));
		assertThat(events()).isEqualTo(before);
		mvc.perform(get("/api/v1/facilities/AREAFAC/SCHOOL-SY03").with(admin()))
			.andExpect(jsonPath("$.events.length()").value(1))
			.andExpect(jsonPath("$.events[0].id").value("elsewhere-1"));
	}

	@Test
	void answersAnEventOrFacilityOfAnotherAreaAsOneThatDoesNotExist() throws Exception {
		String voidOutside = body(delete("/api/v1/facilities/events/AREAFAC/elsewhere-1").with(officer())
			.param("reason", "not ours"), 422);
		String voidUnknown = body(delete("/api/v1/facilities/events/AREAFAC/never-sent").with(officer())
			.param("reason", "not ours"), 422);
		assertThat(voidOutside.replace("elsewhere-1", "ID")).isEqualTo(voidUnknown.replace("never-sent", "ID"));
		String readOutside = body(get("/api/v1/facilities/AREAFAC/SCHOOL-SY03").with(officer()), 403);
		String readUnknown = body(get("/api/v1/facilities/AREAFAC/NO-SUCH").with(officer()), 403);
		assertThat(readOutside.replace("SCHOOL-SY03", "CODE")).isEqualTo(readUnknown.replace("NO-SUCH", "CODE"))
			.doesNotContain("SY03");
		// a new event naming the other area's facility from inside the area: refused without saying where it stands
		mvc.perform(post("/api/v1/facilities/events").with(officer()).contentType(MediaType.APPLICATION_JSON).content("""
				{"id": "mine-2", "source": "AREAFAC", "facility": "SCHOOL-SY03", "type": "school", "adm1": "SY02",
				 "status": "in_operation", "date": "2018-10-01"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].column").value("facility"))
			.andExpect(jsonPath("$.errors[0].value").value("SCHOOL-SY03"))
			.andExpect(jsonPath("$.errors[0].message").value(
					"The facility lies outside your area (SY02): you record only there."));
	}

	private String body(org.springframework.test.web.servlet.RequestBuilder request, int expected) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(expected);
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
			.replaceAll("\"instance\":\"[^\"]*\"", "");
	}

	private long events() {
		return jdbc.sql("select count(*) from facility_event where source_code = ?").param(SOURCE).query(Long.class)
			.single();
	}

	private static RequestPostProcessor officer() {
		return httpBasic("area-officer", PASSWORD);
	}
}
