package org.homeward.web;

import java.nio.charset.StandardCharsets;

import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.HxlCsv;
import org.homeward.support.TestSources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Credentials.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The web application's pages: the public dashboard and briefings in three languages, sign-in with a form and
 * CSRF protection, and issuing a briefing from its page.
 */
@HomewardIntegrationTest
class WebPagesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aVisitorReadsTheDashboardOfASourceWithItsCharts() throws Exception {
		TestSources.register(jdbc, "PAGE");
		mvc.perform(post("/api/v1/imports/returns").with(admin()).contentType("text/csv")
				.content(HxlCsv.returns("p1,PAGE,2018-10-20,refugee_returnee,1200,SY03,,LBN,,,,")))
			.andExpect(status().isOk());
		String page = page(get("/").param("source", "PAGE"));
		assertThat(page).contains("<html lang=\"en\" dir=\"ltr\">", "<h1>Returns and reconstruction</h1>",
				"value=\"2018-10-20\"", "As of 20 October 2018, 1,200 citizens have returned to the country.",
				"Sign in", "href=\"/css/app.css\"", "<h1>Briefing as of 20 October 2018</h1>");
		assertThat(page.split("<img src=\"data:image/png;base64,", -1)).hasSize(5);
		assertThat(page).doesNotContain("<style", "<script");
	}

	@Test
	void theArabicPagesRunRightToLeftAndTheChoiceIsRemembered() throws Exception {
		mvc.perform(get("/").param("lang", "ar")).andExpect(status().isOk())
			.andExpect(cookie().value("homeward-language", "ar"));
		String page = page(get("/briefings").cookie(new jakarta.servlet.http.Cookie("homeward-language", "ar")));
		assertThat(page).contains("<html lang=\"ar\" dir=\"rtl\">", "<h1>الإحاطات</h1>", "لوحة المتابعة");
		assertThat(page(get("/login").param("lang", "ru"))).contains("<html lang=\"ru\" dir=\"ltr\">", "Вход");
	}

	@Test
	void signingInNeedsTheFormsCsrfTokenAndIsAudited() throws Exception {
		assertThat(page(get("/login"))).contains("name=\"_csrf\"", "autocomplete=\"current-password\"");
		mvc.perform(post("/login").param("username", "admin").param("password", "admin-test-password"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/login").with(csrf()).param("username", "admin").param("password", "wrong"))
			.andExpect(redirectedUrl("/login?error"));
		long before = signIns();
		MvcResult signedIn = mvc.perform(post("/login").with(csrf()).param("username", "admin")
				.param("password", "admin-test-password")).andExpect(redirectedUrl("/")).andReturn();
		assertThat(signIns()).isEqualTo(before + 1);
		MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession();
		assertThat(page(get("/").session(session))).contains("Signed in as admin", "Sign out");
	}

	@Test
	void onlyACoordinatorIssuesABriefingFromItsPage() throws Exception {
		TestSources.register(jdbc, "PAGEISSUE");
		mvc.perform(post("/briefings/issued").with(csrf()).param("asOf", "2018-10-22").param("source", "PAGEISSUE"))
			.andExpect(status().isFound()).andExpect(header().string("Location", "/login"));
		mvc.perform(post("/briefings/issued").with(user("analyst").roles("ANALYST")).with(csrf())
				.param("asOf", "2018-10-22").param("source", "PAGEISSUE")).andExpect(status().isForbidden());
		mvc.perform(post("/briefings/issued").with(coordinator()).param("asOf", "2018-10-22").param("source", "PAGEISSUE"))
			.andExpect(status().isForbidden());
		String location = mvc.perform(post("/briefings/issued").with(coordinator()).with(csrf()).param("asOf", "2018-10-22")
				.param("source", "PAGEISSUE")).andExpect(redirectedUrlPattern("/briefings/issued/*")).andReturn()
			.getResponse().getRedirectedUrl();
		assertThat(page(get(location))).contains("No figure has changed since the briefing was issued.",
				"format=pdf", "lang=ar");
		assertThat(page(get("/briefings").with(coordinator()))).contains("Issue this briefing");
		assertThat(page(get("/briefings"))).doesNotContain("Issue this briefing");
	}

	@Test
	void aPathWithoutAPageIsClosed() throws Exception {
		mvc.perform(get("/admin/users")).andExpect(status().isFound())
			.andExpect(header().string("Location", "/login"));
		mvc.perform(get("/admin/users").with(coordinator())).andExpect(status().isForbidden());
	}

	/** A coordinator signed in to the web application (a session, as after the sign-in form). */
	private static org.springframework.test.web.servlet.request.RequestPostProcessor coordinator() {
		return user("coordinator").roles("COORDINATOR");
	}

	private long signIns() {
		return jdbc.sql("select count(*) from audit_event where action = 'login.succeeded'").query(Long.class).single();
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
