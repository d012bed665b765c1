package org.homeward.approval;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.HxlCsv;
import org.homeward.support.TestSources;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.homeward.support.Credentials.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * A week of Aleppo approved for source LOCKS: every door a record comes in by (the JSON API, the page's form, an
 * import, a phone's submission) is refused 409 period-approved naming the approval, for a new record, a correction
 * and a void alike; what lies outside the approved area, days or source is taken; after the approval is withdrawn
 * with a reason, the same write is taken.
 */
@HomewardIntegrationTest
class PeriodApprovalIntegrationTest {

	private static final String SOURCE = "LOCKS";
	private static final String PASSWORD = "approval-test-password";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void aSourceWithAPhoneAndARecordInTheWeek() throws Exception {
		if (jdbc.sql("select count(*) from app_user where username = 'locks-phone'").query(Long.class).single() > 0) {
			return;
		}
		TestSources.register(jdbc, SOURCE);
		TestUsers.insert(jdbc, "locks-phone", PASSWORD, "PARTNER", null, SOURCE);
		TestUsers.insert(jdbc, "locks-officer", PASSWORD, "DATA_OFFICER", "SY02", null);
		TestUsers.insert(jdbc, "locks-coordinator", PASSWORD, "COORDINATOR", null, null);
		record("KNOWN-1", "2018-10-18", "SY02").andExpect(status().isCreated());
	}

	/** Approvals of other tests' sources are none of this test's; this test's own leave no lock behind. */
	@AfterEach
	void withdrawWhatStillLocks() throws Exception {
		for (Long id : jdbc.sql("""
				select a.id from approval a where a.source_code = ? and (select v.state from approval_version v
				 where v.approval_id = a.id order by v.version desc fetch first 1 rows only) <> 'withdrawn'
				""").param(SOURCE).query(Long.class).list()) {
			mvc.perform(delete("/api/v1/approvals/{id}", id).with(admin()).param("reason", "end of test"))
				.andExpect(status().isOk());
		}
	}

	@Test
	void refusesANewRecordOfTheApprovedWeekOnTheJsonApiNamingTheApprovalAndTakesItAfterWithdrawal() throws Exception {
		long id = approve("returns", "SY02");
		record("NEW-1", "2018-10-20", "SY02").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("period-approved"))
			.andExpect(jsonPath("$.type").value("/problems/period-approved"))
			.andExpect(jsonPath("$.approval.id").value(id))
			.andExpect(jsonPath("$.approval.approvedBy").value("admin"))
			.andExpect(jsonPath("$.approval.area").value("Aleppo (SY02)"))
			.andExpect(jsonPath("$.approval.withdraw").value("DELETE /api/v1/approvals/" + id + "?reason=…"))
			.andExpect(jsonPath("$.detail").value(containsString("were approved by admin at ")));
		assertThat(records("NEW-1")).isZero();

		mvc.perform(delete("/api/v1/approvals/{id}", id).with(admin()).param("reason", "Aleppo's crossing sent late counts"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.state").value("withdrawn"))
			.andExpect(jsonPath("$.versions[1].reason").value("Aleppo's crossing sent late counts"));
		record("NEW-1", "2018-10-20", "SY02").andExpect(status().isCreated());
	}

	@Test
	void refusesACorrectionOutOfTheWeekAndAVoidOfARecordInIt() throws Exception {
		approve("returns", "SY02");
		// moved out of the approved days, the record's old day would still change
		mvc.perform(put("/api/v1/returns/{source}/KNOWN-1", SOURCE).with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content(json("KNOWN-1", "2018-10-01", "SY02", "typed on the wrong day")))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("period-approved"));
		mvc.perform(delete("/api/v1/returns/{source}/KNOWN-1", SOURCE).with(admin()).param("reason", "sent twice"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("period-approved"));
		assertThat(jdbc.sql("select count(*) from return_record where source_code = ? and record_id = 'KNOWN-1'")
			.param(SOURCE).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void takesWhatLiesOutsideTheApprovedAreaDaysOrSource() throws Exception {
		approve("returns", "SY02");
		record("HOMS-1", "2018-10-20", "SY04").andExpect(status().isCreated());
		record("EARLIER-1", "2018-10-15", "SY02").andExpect(status().isCreated());
		mvc.perform(post("/api/v1/returns").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content(json("OTHER-SOURCE-1", "2018-10-20", "SY02", null).replace(SOURCE, "JCHQ")))
			.andExpect(status().isCreated());
		// the facilities of the same week are another ledger, not approved
		facilityEvent("E-1", "2018-10-20").andExpect(status().isCreated());
	}

	@Test
	void refusesAnImportWithOneRowInTheWeekAndWritesNoneOfItsRows() throws Exception {
		long id = approve("returns", "SY02");
		importReturns("IMP-1,LOCKS,2018-10-05,idp_returnee,4,SY02,,,,,,", "IMP-2,LOCKS,2018-10-21,idp_returnee,6,SY02,SY0200,,,,,")
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("period-approved"))
			.andExpect(jsonPath("$.approval.id").value(id));
		assertThat(records("IMP-1") + records("IMP-2")).isZero();
		mvc.perform(delete("/api/v1/approvals/{id}", id).with(admin()).param("reason", "reopened for the late file"))
			.andExpect(status().isOk());
		importReturns("IMP-1,LOCKS,2018-10-05,idp_returnee,4,SY02,,,,,,").andExpect(status().isOk());
	}

	@Test
	void refusesTheFormOfThePageWithTheApprovalNamed() throws Exception {
		long id = approve("returns", "SY02");
		String page = pageForm().andExpect(status().isConflict()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("(approval " + id + ")", "DELETE /api/v1/approvals/" + id);
		assertThat(records("PAGE-1")).isZero();
		mvc.perform(post("/approvals/{id}/withdraw", id).with(user("admin").roles("ADMIN")).with(csrf())
			.param("reason", "the crossing corrected its count"))
			.andExpect(redirectedUrl("/approvals?ledger=returns&source=LOCKS&asOf=2018-10-22&withdrawn=" + id));
		pageForm().andExpect(status().isFound());
	}

	@Test
	void refusesAPhonesSubmissionWithAnOpenRosaMessage() throws Exception {
		long id = approve("returns", "SY02");
		submission().andExpect(status().isConflict()).andExpect(header().string("X-OpenRosa-Version", "1.0"))
			.andExpect(xpath("//*[local-name()='message']").string(containsString("(approval " + id + ")")));
		mvc.perform(delete("/api/v1/approvals/{id}", id).with(admin()).param("reason", "reopened for the phone"))
			.andExpect(status().isOk());
		submission().andExpect(status().isCreated());
	}

	@Test
	void refusesAFacilityEventOfAnApprovedWeekOfTheWholeCountry() throws Exception {
		long id = approve("facilities", "SY");
		facilityEvent("E-2", "2018-10-19").andExpect(status().isConflict())
			.andExpect(jsonPath("$.approval.id").value(id)).andExpect(jsonPath("$.approval.ledger").value("facilities"));
		record("R-COUNTRY-1", "2018-10-19", "SY02").andExpect(status().isCreated());
	}

	@Test
	void aDataOfficerSubmitsTheirAreasWeekAndACoordinatorApprovesTheSameApproval() throws Exception {
		String submitted = mvc.perform(post("/api/v1/approvals").with(httpBasic("locks-officer", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(request("returns", "SY02")))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("submitted"))
			.andReturn().getResponse().getContentAsString();
		int id = JsonPath.read(submitted, "$.id");
		// submitted is not approved: the week still takes records
		record("SUBMITTED-1", "2018-10-19", "SY02").andExpect(status().isCreated());
		mvc.perform(post("/api/v1/approvals").with(httpBasic("locks-officer", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(request("returns", "SY04")))
			.andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("outside-scope"));
		mvc.perform(post("/api/v1/approvals").with(httpBasic("locks-coordinator", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(request("returns", "SY02")))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.state").value("approved"))
			.andExpect(jsonPath("$.approvedBy").value("locks-coordinator"))
			.andExpect(jsonPath("$.versions[0].state").value("submitted"))
			.andExpect(jsonPath("$.versions[0].by").value("locks-officer"))
			.andExpect(jsonPath("$.versions[1].state").value("approved"));
		mvc.perform(get("/api/v1/approvals").with(httpBasic("locks-officer", PASSWORD)).param("ledger", "returns")
			.param("source", SOURCE).param("asOf", "2018-10-22"))
			// the approvals of the week other tests withdrew are listed too, as withdrawn
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.approvals[?(@.state == 'approved')].id").value(org.hamcrest.Matchers.contains(id)))
			.andExpect(jsonPath("$.approvals[?(@.state == 'approved')].area").value(org.hamcrest.Matchers.contains("SY02")));
		assertThat(jdbc.sql("select action || ' ' || actor from audit_event where subject_type = 'approval' and "
				+ "subject_id = ? order by id").param(Integer.toString(id)).query(String.class).list())
			.containsExactly("approval.submitted locks-officer", "approval.approved locks-coordinator");
	}

	@Test
	void refusesAWithdrawalWithoutAReasonAndAnApprovalOfTheSameAreaAndDaysTwice() throws Exception {
		long id = approve("returns", "SY02");
		mvc.perform(delete("/api/v1/approvals/{id}", id).with(admin())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("reason"));
		mvc.perform(delete("/api/v1/approvals/{id}", id).with(admin()).param("reason", "  "))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/approvals").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content(request("returns", "SY02"))).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("already-approved"));
		mvc.perform(delete("/api/v1/approvals/999999").with(admin()).param("reason", "none such"))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from approval_version where approval_id = ?").param(id)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void refusesARequestNamingEachFieldThatCannotBeUsed() throws Exception {
		mvc.perform(post("/api/v1/approvals").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"ledger\":\"camps\",\"source\":\"NOSUCH\",\"area\":\"XX99\",\"from\":\"2018-10-22\","
					+ "\"to\":\"2018-10-16\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].column").value(org.hamcrest.Matchers.contains("ledger", "source", "area", "to")))
			.andExpect(jsonPath("$.errors[3].message").value("The period ends on or after its first day, 2018-10-22."));
		assertThat(jdbc.sql("select count(*) from approval where source_code = 'NOSUCH'").query(Long.class).single())
			.isZero();
	}

	@Test
	void theBriefingSaysWhetherItsSourceAndPeriodAreApproved() throws Exception {
		briefing().andExpect(jsonPath("$.approval.state").value("provisional"))
			.andExpect(jsonPath("$.approval.approvals").isEmpty())
			.andExpect(jsonPath("$.text").value(containsString("These figures are provisional: they have not been "
					+ "approved yet.")));
		long aleppo = approve("returns", "SY02");
		briefing().andExpect(jsonPath("$.approval.state").value("partly"))
			.andExpect(jsonPath("$.approval.approvals[0].id").value(aleppo))
			.andExpect(jsonPath("$.approval.approvals[0].area").value("SY02"))
			.andExpect(jsonPath("$.approval.approvals[0].approvedBy").doesNotExist())
			.andExpect(jsonPath("$.text").value(containsString("Only part of these figures has been approved "
					+ "(Aleppo); the rest are provisional.")));
		approve("returns", "SY");
		briefing().andExpect(jsonPath("$.approval.state").value("partly"));
		approve("facilities", "SY");
		briefing().andExpect(jsonPath("$.approval.state").value("approved"))
			.andExpect(jsonPath("$.text").value(containsString("These figures have been approved.")));
		mvc.perform(get("/api/v1/briefings").param("asOf", "2018-10-22").param("source", SOURCE).param("lang", "ru"))
			.andExpect(jsonPath("$.text").value(containsString("Эти данные утверждены.")));
		mvc.perform(delete("/api/v1/approvals/{id}", aleppo).with(admin()).param("reason", "Aleppo reopened"));
		briefing().andExpect(jsonPath("$.approval.state").value("approved"));
	}

	@Test
	void theCoordinatorsPageShowsTheWeekByAreaWithItsForms() throws Exception {
		long id = approve("returns", "SY02");
		String page = mvc.perform(get("/approvals").with(user("locks-coordinator").roles("COORDINATOR"))
			.param("source", SOURCE).param("asOf", "2018-10-22").param("lang", "ru"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Утверждение данных за период", "Утверждено: admin",
				"action=\"/approvals/" + id + "/withdraw\"", "name=\"_csrf\"", "Не утверждено", "Утвердить");
		String officers = mvc.perform(get("/approvals").with(user("locks-officer").roles("DATA_OFFICER"))
			.param("source", SOURCE).param("asOf", "2018-10-22"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(officers).contains("SY02").doesNotContain("<code dir=\"ltr\">SY04</code>", "/withdraw\"");
	}

	private long approve(String ledger, String area) throws Exception {
		String answer = mvc.perform(post("/api/v1/approvals").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content(request(ledger, area))).andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("approved")).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(answer, "$.id")).longValue();
	}

	private static String request(String ledger, String area) {
		return "{\"ledger\":\"" + ledger + "\",\"source\":\"" + SOURCE + "\",\"area\":\"" + area
				+ "\",\"from\":\"2018-10-16\",\"to\":\"2018-10-22\"}";
	}

	private ResultActions record(String id, String date, String adm1) throws Exception {
		return mvc.perform(post("/api/v1/returns").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content(json(id, date, adm1, null)));
	}

	private static String json(String id, String date, String adm1, String reason) {
		return "{\"id\":\"" + id + "\",\"source\":\"" + SOURCE + "\",\"date\":\"" + date + "\",\"category\":"
				+ "\"idp_returnee\",\"persons\":\"5\",\"adm1\":\"" + adm1 + "\""
				+ (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
	}

	private ResultActions facilityEvent(String id, String date) throws Exception {
		return mvc.perform(post("/api/v1/facilities/events").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\":\"" + id + "\",\"source\":\"" + SOURCE + "\",\"facility\":\"F-" + id + "\","
					+ "\"type\":\"school\",\"adm1\":\"SY02\",\"status\":\"damaged\",\"date\":\"" + date + "\"}"));
	}

	private ResultActions importReturns(String... rows) throws Exception {
		return mvc.perform(post("/api/v1/imports/returns").with(admin()).contentType("text/csv")
			.content(HxlCsv.returns(List.of(rows))));
	}

	private ResultActions pageForm() throws Exception {
		MockHttpServletRequestBuilder form = post("/returns").with(user("admin").roles("ADMIN")).with(csrf())
			.param("id", "PAGE-1").param("source", SOURCE).param("date", "2018-10-17").param("category", "idp_returnee")
			.param("persons", "3").param("adm1", "SY02");
		return mvc.perform(form);
	}

	private ResultActions submission() throws Exception {
		String xml = """
				<data id="homeward_returns"><date>2018-10-21</date><category>idp_returnee</category>\
				<persons>9</persons><adm1>SY02</adm1><meta><instanceID>uuid:locked-1</instanceID></meta></data>""";
		return mvc.perform(multipart("/openrosa/submission")
			.file(new MockMultipartFile("xml_submission_file", "homeward_returns.xml", "text/xml",
					xml.getBytes(StandardCharsets.UTF_8)))
			.header("X-OpenRosa-Version", "1.0").with(httpBasic("locks-phone", PASSWORD)));
	}

	private ResultActions briefing() throws Exception {
		return mvc.perform(get("/api/v1/briefings").param("asOf", "2018-10-22").param("source", SOURCE));
	}

	private long records(String id) {
		return jdbc.sql("select count(*) from return_record where source_code = ? and record_id = ?")
			.params(SOURCE, id).query(Long.class).single();
	}
}
