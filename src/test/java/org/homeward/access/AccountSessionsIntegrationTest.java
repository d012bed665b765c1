package org.homeward.access;


import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.TestSources;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Credentials.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An open session and an API token act as their account stands at each request: disabled, it is signed out; a role
 * taken away, what needed the role is refused; an area changed, the new area applies.
 */
@HomewardIntegrationTest
class AccountSessionsIntegrationTest {

	private static final String PASSWORD = "session-password-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void recordsInsideAndOutsideAleppo() throws Exception {
		if (jdbc.sql("select count(*) from source where code = 'SESSIONS'").query(Long.class).single() > 0) {
			return;
		}
		TestSources.register(jdbc, "SESSIONS");
		for (String[] record : new String[][] { { "IN-1", "SY02" }, { "OUT-1", "SY01" } }) {
			mvc.perform(post("/api/v1/returns").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content(record(record[0], record[1]))).andExpect(status().isCreated());
		}
	}

	@Test
	void disablingAnAccountSignsOutItsOpenSessionWhichWritesNothingMore() throws Exception {
		long id = TestUsers.insert(jdbc, "session-disabled", PASSWORD, "COORDINATOR", null, null);
		MockHttpSession session = signIn("session-disabled");
		mvc.perform(get("/returns/new").session(session)).andExpect(status().isOk());

		change(id, "COORDINATOR", null, false);
		mvc.perform(get("/returns/new").session(session)).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/returns").session(session).with(csrf()).params(form("D-1", "SY02")))
			.andExpect(redirectedUrl("/login"));
		// enabled again, the account signs in anew: the old session stays ended
		change(id, "COORDINATOR", null, true);
		mvc.perform(get("/returns/new").session(session)).andExpect(redirectedUrl("/login"));
		assertThat(records("D-1")).isZero();
	}

	@Test
	void takingARoleAwayRefusesTheOpenSessionWhatOnlyTheRoleAllowed() throws Exception {
		long id = TestUsers.insert(jdbc, "session-demoted", PASSWORD, "COORDINATOR", null, null);
		MockHttpSession session = signIn("session-demoted");
		mvc.perform(post("/returns").session(session).with(csrf()).params(form("R-1", "SY02")))
			.andExpect(redirectedUrl("/returns/SESSIONS/R-1?added"));

		change(id, "ANALYST", null, true);
		mvc.perform(post("/returns").session(session).with(csrf()).params(form("R-2", "SY02")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/returns/new").session(session)).andExpect(status().isForbidden());
		mvc.perform(get("/sources").session(session)).andExpect(status().isOk());
		assertThat(records("R-1")).isOne();
		assertThat(records("R-2")).isZero();
	}

	@Test
	void changingAnAreaAppliesToTheOpenSessionAtItsNextRequest() throws Exception {
		long id = TestUsers.insert(jdbc, "session-moved", PASSWORD, "DATA_OFFICER", "SY02", null);
		MockHttpSession session = signIn("session-moved");
		mvc.perform(get("/returns/SESSIONS/IN-1").session(session)).andExpect(status().isOk());
		mvc.perform(get("/returns/SESSIONS/OUT-1").session(session)).andExpect(status().isForbidden());

		change(id, "DATA_OFFICER", "SY01", true);
		mvc.perform(get("/returns/SESSIONS/IN-1").session(session)).andExpect(status().isForbidden());
		mvc.perform(get("/returns/SESSIONS/OUT-1").session(session)).andExpect(status().isOk());
	}

	@Test
	void anApiTokenActsAsItsAccountStandsAtEachRequest() throws Exception {
		long id = TestUsers.insert(jdbc, "session-script", PASSWORD, "COORDINATOR", null, null);
		String token = token(id);
		mvc.perform(post("/api/v1/returns").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content(record("T-1", "SY02"))).andExpect(status().isCreated());

		change(id, "ANALYST", null, true);
		mvc.perform(post("/api/v1/returns").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content(record("T-2", "SY02"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/returns/figures?asOf=2018-10-22").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk());

		change(id, "ANALYST", null, false);
		mvc.perform(get("/api/v1/returns/figures?asOf=2018-10-22").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("invalid-token"));
		assertThat(records("T-2")).isZero();
	}

	private MockHttpSession signIn(String username) throws Exception {
		return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("username", username)
			.param("password", PASSWORD)).andExpect(redirectedUrl("/")).andReturn().getRequest().getSession();
	}

	/** An administrator changes the account on its page. */
	private void change(long id, String role, String area, boolean enabled) throws Exception {
		MockHttpServletRequestBuilder request = post("/admin/users/" + id).with(user("admin").roles("ADMIN"))
			.with(csrf()).param("displayName", "Changed").param("roles", role).param("reason", "moved on");
		if (area != null) {
			request.param("area", area);
		}
		if (enabled) {
			request.param("enabled", "true");
		}
		mvc.perform(request).andExpect(redirectedUrl("/admin/users/" + id + "?saved"));
	}

	private String token(long id) throws Exception {
		return TestUsers.newToken(mvc, id);
	}

	private long records(String id) {
		return jdbc.sql("select count(*) from return_record where source_code = 'SESSIONS' and record_id = ?").param(id)
			.query(Long.class).single();
	}

	private static org.springframework.util.MultiValueMap<String, String> form(String id, String governorate) {
		org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
		form.add("id", id);
		form.add("source", "SESSIONS");
		form.add("date", "2018-10-01");
		form.add("category", "idp_returnee");
		form.add("persons", "4");
		form.add("adm1", governorate);
		return form;
	}

	private static String record(String id, String governorate) {
		return "{\"id\":\"" + id + "\",\"source\":\"SESSIONS\",\"date\":\"2018-10-01\","
				+ "\"category\":\"idp_returnee\",\"persons\":\"4\",\"adm1\":\"" + governorate + "\"}";
	}
}
