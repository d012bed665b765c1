package org.homeward.briefing;

import java.time.Clock;
import java.time.LocalDate;

import org.homeward.geography.HomeCountry;
import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.Uploads;
import org.homeward.support.HxlCsv;
import org.homeward.support.TestSources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.homeward.support.Credentials.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An issued briefing is frozen: corrections landing later change today's figures, never what was issued. */
@HomewardIntegrationTest
class IssuedBriefingIntegrationTest {

	static final String FACILITIES = """
			Event,Source,Facility,Type,Governorate,Status,Date
			#meta+id,#meta+source,#loc+facility+code,#loc+facility+type,#adm1+code,#status,#date
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HomeCountry homeCountry;

	@Autowired
	Clock clock;

	@Test
	void staysByteIdenticalAfterCorrectionsAndNamesTheFiguresThatChanged() throws Exception {
		TestSources.register(jdbc, "ISSUE");
		upload("/api/v1/imports/returns", HxlCsv.returns("i1,ISSUE,2018-10-20,refugee_returnee,100,SY03,,LBN,,,,"));
		upload("/api/v1/imports/facilities", FACILITIES + "f1,ISSUE,S1,school,SY07,in_operation,2018-10-19\n");
		String location = mvc.perform(post("/api/v1/briefings/issued").with(admin()).param("asOf", "2018-10-22")
				.param("source", "ISSUE"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.issuedBy").value("admin"))
			.andReturn().getResponse().getHeader("Location");
		String english = document(location, "en");
		String arabic = document(location, "ar");
		assertThat(english).contains("\"total\":100", "A school has been put into operation over the past week.");

		upload("/api/v1/imports/returns", HxlCsv.returns("i1,ISSUE,2018-10-20,refugee_returnee,150,SY03,,LBN,,,,",
				"i2,ISSUE,2018-10-21,refugee_returnee,10,SY03,,TUR,,,,"));
		upload("/api/v1/imports/facilities", "Event,Source,Void\n#meta+id,#meta+source,#meta+void\nf1,ISSUE,true\n");

		assertThat(document(location, "en")).isEqualTo(english);
		assertThat(document(location, "ar")).isEqualTo(arabic);
		mvc.perform(get(location + "/changes"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].figure", contains("reconstruction.putIntoOperationInPeriod.school", "returns.inPeriod",
					"returns.refugeeReturnees", "returns.refugeeReturneesByOriginCountry.LBN",
					"returns.refugeeReturneesByOriginCountry.TUR", "returns.total", "returns.totalByGovernorate.SY03")))
			.andExpect(jsonPath("$[0].issued").value(1))
			.andExpect(jsonPath("$[0].now").value(0))
			.andExpect(jsonPath("$[5].issued").value(100))
			.andExpect(jsonPath("$[5].now").value(160));
		mvc.perform(get("/api/v1/briefings/issued")).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.source == 'ISSUE')].asOf").value("2018-10-22"));
	}

	@Test
	void publicBriefingsNameNoAccountThatRecordedOrIssuedThem() throws Exception {
		TestSources.register(jdbc, "NOACCT");
		for (String[] item : new String[][] { { "/api/v1/legal-acts", """
				{"title": "Decree on names", "kind": "decree", "signedOn": "2018-10-20", "source": "NOACCT"}""" },
				{ "/api/v1/camps/RUKBAN/access", """
						{"source": "NOACCT", "since": "2018-10-01", "status": "denied", "reason": "closed roads"}""" },
				{ "/api/v1/coordination-actions", """
						{"kind": "meeting", "title": "Meeting on names", "status": "planned", "source": "NOACCT"}""" },
				{ "/api/v1/aid-deliveries", """
						{"deliveredOn": "2018-10-20", "place": "SY03", "what": "flour", "quantity": 2.5, "unit": "t",
						 "deliveredBy": "SARC", "source": "NOACCT"}""" } }) {
			mvc.perform(post(item[0]).with(admin()).contentType("application/json").content(item[1]))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.recordedBy").value("admin"));
		}
		String figures = body(get("/api/v1/briefings").param("asOf", "2018-10-22").param("source", "NOACCT"));
		assertThat(figures).contains("Decree on names", "closed roads", "Meeting on names", "\"deliveredBy\":\"SARC\"")
			.doesNotContain("recordedBy", "admin");
		String location = mvc.perform(post("/api/v1/briefings/issued").with(admin()).param("asOf", "2018-10-22")
				.param("source", "NOACCT")).andExpect(status().isCreated()).andExpect(jsonPath("$.issuedBy").value("admin"))
			.andReturn().getResponse().getHeader("Location");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(body(get(location))).contains("Decree on names").doesNotContain("recordedBy", "admin");
		assertThat(body(get("/api/v1/briefings/issued"))).doesNotContain("issuedBy", "admin");
		assertThat(body(get(location).param("format", "html"))).contains("Issued on").doesNotContain("admin");
		assertThat(body(get("/briefings/issued/" + id))).doesNotContain(">admin<");
		assertThat(body(get("/briefings"))).doesNotContain(">admin<");

		// a briefing issued while briefings named who recorded their items is answered without those accounts
		jdbc.sql("update briefing_issue set document_en = replace(document_en, '\"title\":\"Decree on names\"', ?) "
				+ "where id = ?").params("\"title\":\"Decree on names\",\"recordedBy\":\"demo\"", id).update();
		assertThat(jdbc.sql("select document_en from briefing_issue where id = ?").param(id).query(String.class)
			.single()).contains("\"recordedBy\":\"demo\"");
		String issued = body(get(location));
		assertThat(issued).contains("\"title\":\"Decree on names\",\"kind\":\"decree\"", "\"quantity\":2.5")
			.doesNotContain("recordedBy", "demo");
		assertThat(body(get(location).param("format", "pdf"))).isNotEmpty();
	}

	private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void onlyCoordinatorsAndAdministratorsIssueAndAnUnknownOneIsA404() throws Exception {
		mvc.perform(post("/api/v1/briefings/issued").param("asOf", "2018-10-22")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/briefings/issued/999999")).andExpect(status().isNotFound());
	}

	@Test
	void refusesToIssueABriefingForADayAfterTodayInTheCountry() throws Exception {
		TestSources.register(jdbc, "LATER");
		LocalDate today = homeCountry.today(clock);
		LocalDate tomorrow = today.plusDays(1);
		mvc.perform(post("/api/v1/briefings/issued").with(admin()).param("asOf", tomorrow.toString())
				.param("source", "LATER"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].column").value("asOf"))
			.andExpect(jsonPath("$.errors[0].value").value(tomorrow.toString()))
			.andExpect(jsonPath("$.errors[0].message").value("A briefing is issued for today or a day before; "
					+ tomorrow + " is after today (" + today + ")."));
		mvc.perform(post("/briefings/issued").with(user("admin").roles("ADMIN")).with(csrf())
				.param("asOf", "9999-12-31").param("source", "LATER"))
			.andExpect(status().isUnprocessableContent());
		assertThat(jdbc.sql("select count(*) from briefing_issue where source_code = 'LATER'").query(Long.class)
			.single()).isZero();
		mvc.perform(post("/api/v1/briefings/issued").with(admin()).param("asOf", today.toString())
				.param("source", "LATER"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.asOf").value(today.toString()));
	}

	private String document(String location, String language) throws Exception {
		return mvc.perform(get(location).param("lang", language)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private void upload(String path, String csv) throws Exception {
		Uploads.csv(mvc, path, csv);
	}
}
