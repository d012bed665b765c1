package org.homeward.access;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Credentials.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An account an administrator makes has a one-time password: until its owner chooses their own, it opens nothing
 * but the form to change it and signing out, on the pages, the API and its tokens alike.
 */
@HomewardIntegrationTest
class OneTimePasswordIntegrationTest {

	private static final String ONE_TIME = "given-by-the-admin-1";
	private static final String CHOSEN = "chosen-by-the-owner-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAccountAnAdministratorMadeOpensNothingButThePasswordChangeAndSignOut() throws Exception {
		long id = made("one-time-pages");
		String token = token(id);
		MockHttpSession session = signIn("one-time-pages", ONE_TIME, "/account/password?first");

		for (String page : new String[] { "/situation", "/returns", "/", "/briefings", "/admin/users" }) {
			mvc.perform(get(page).session(session)).andExpect(redirectedUrl("/account/password?first"));
		}
		mvc.perform(post("/returns").session(session).with(csrf()).param("id", "X-1"))
			.andExpect(redirectedUrl("/account/password?first"));
		mvc.perform(get("/situation").session(session).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("password-change-required"));
		mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());
		mvc.perform(get("/css/app.css").session(session)).andExpect(status().isOk());

		mvc.perform(get("/api/v1/camps?asOf=2018-10-22").with(httpBasic("one-time-pages", ONE_TIME)))
			.andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("password-change-required"))
			.andExpect(jsonPath("$.type").value("/problems/password-change-required"));
		mvc.perform(get("/api/v1/places/SY02").with(httpBasic("one-time-pages", ONE_TIME)))
			.andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("password-change-required"));
		mvc.perform(get("/api/v1/camps?asOf=2018-10-22").header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("password-change-required"));

		mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/?signedOut"));
	}

	@Test
	void theNewPasswordIsAskedTwiceAndTwoThatDifferAreRefusedInTheLanguageOfThePage() throws Exception {
		long id = made("one-time-twice");
		MockHttpSession session = signIn("one-time-twice", ONE_TIME, "/account/password?first");

		assertThat(mismatch(session, "en")).contains("The two new passwords differ: type the same one twice.");
		assertThat(mismatch(session, "ru")).contains("Новые пароли не совпадают: введите один и тот же дважды.");
		assertThat(mismatch(session, "ar")).contains("كلمتا المرور الجديدتان مختلفتان: اكتب الكلمة نفسها مرتين.");
		assertThat(mustChange(id)).isTrue();
		mvc.perform(get("/situation").session(session)).andExpect(redirectedUrl("/account/password?first"));

		mvc.perform(post("/account/password").session(session).with(csrf()).param("current", ONE_TIME)
			.param("password", CHOSEN).param("confirmation", CHOSEN)).andExpect(redirectedUrl("/?passwordChanged"));
		assertThat(mustChange(id)).isFalse();
		mvc.perform(get("/situation").session(session)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/camps?asOf=2018-10-22").with(httpBasic("one-time-twice", CHOSEN))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/camps?asOf=2018-10-22").header("Authorization", "Bearer " + token(id))).andExpect(status().isOk());
	}

	@Test
	void aPasswordAnAdministratorResetsIsOneTimeToo() throws Exception {
		long id = made("one-time-reset");
		MockHttpSession session = signIn("one-time-reset", ONE_TIME, "/account/password?first");
		mvc.perform(post("/account/password").session(session).with(csrf()).param("current", ONE_TIME)
			.param("password", CHOSEN).param("confirmation", CHOSEN)).andExpect(redirectedUrl("/?passwordChanged"));
		mvc.perform(get("/api/v1/camps?asOf=2018-10-22").with(httpBasic("one-time-reset", CHOSEN))).andExpect(status().isOk());

		mvc.perform(post("/admin/users/" + id + "/password").with(user("admin").roles("ADMIN")).with(csrf())
			.param("password", "reset-by-the-admin-1")).andExpect(redirectedUrl("/admin/users/" + id + "?passwordReset"));
		mvc.perform(get("/api/v1/camps?asOf=2018-10-22").with(httpBasic("one-time-reset", "reset-by-the-admin-1")))
			.andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("password-change-required"));
	}

	@Test
	void theFirstAdministratorWithThePasswordTheOperatorSetNeedNotChangeIt() throws Exception {
		assertThat(jdbc.sql("select must_change_password from app_user where username = 'admin'")
			.query(Boolean.class).single()).isFalse();
		mvc.perform(get("/api/v1/camps?asOf=2018-10-22").with(admin())).andExpect(status().isOk());
		signIn("admin", "admin-test-password", "/");
	}

	/** An account made on the administration page, with a one-time password. */
	private long made(String username) throws Exception {
		mvc.perform(post("/admin/users").with(user("admin").roles("ADMIN")).with(csrf()).param("username", username)
			.param("displayName", "Made by the admin").param("password", ONE_TIME).param("roles", "COORDINATOR"))
			.andExpect(status().is3xxRedirection());
		return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
	}

	private String mismatch(MockHttpSession session, String language) throws Exception {
		return mvc.perform(post("/account/password").session(session).with(csrf())
			.cookie(new Cookie("homeward-language", language)).param("current", ONE_TIME).param("password", CHOSEN)
			.param("confirmation", CHOSEN + "x")).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private MockHttpSession signIn(String username, String password, String destination) throws Exception {
		return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("username", username)
			.param("password", password)).andExpect(redirectedUrl(destination)).andReturn().getRequest().getSession();
	}

	private String token(long id) throws Exception {
		return TestUsers.newToken(mvc, id);
	}

	private boolean mustChange(long id) {
		return jdbc.sql("select must_change_password from app_user where id = ?").param(id).query(Boolean.class)
			.single();
	}
}
