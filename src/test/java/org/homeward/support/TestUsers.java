package org.homeward.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Accounts of a test's own, with a plain-text password, one role, and optionally an area and a source. */
public final class TestUsers {

	private TestUsers() {
	}

	/** Adds a user; {@code area} is one place code (a data officer's), {@code source} a partner's source code. */
	public static long insert(JdbcClient jdbc, String username, String password, String role, String area,
			String source) {
		jdbc.sql("""
				insert into app_user (username, password_hash, source_code, created_at)
				values (?, ?, ?, current_timestamp)
				""").params(username, "{noop}" + password, source).update();
		long id = jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
		jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id, role).update();
		if (area != null) {
			jdbc.sql("insert into user_scope (user_id, place_code) values (?, ?)").params(id, area).update();
		}
		return id;
	}

	/** Makes an API token for a user on the administrator's page and answers it as the page shows it, once. */
	public static String newToken(MockMvc mvc, long id) throws Exception {
		String page = mvc.perform(post("/admin/users/" + id + "/tokens").with(user("admin").roles("ADMIN")).with(csrf())
			.param("name", "script")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		Matcher shown = Pattern.compile("id=\"new-token\">(hw_[A-Za-z0-9_-]{43})<").matcher(page);
		assertThat(shown.find()).as("the new token on the page").isTrue();
		return shown.group(1);
	}

	/** Issues a device key for a user on the administrator's page and answers it as the page shows it, once. */
	public static String newDeviceKey(MockMvc mvc, long id) throws Exception {
		String page = mvc.perform(post("/admin/users/" + id + "/devices").with(user("admin").roles("ADMIN")).with(csrf())
			.param("name", "phone")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		Matcher shown = Pattern.compile("/openrosa/key/(hwd_[A-Za-z0-9_-]{43})<").matcher(page);
		assertThat(shown.find()).as("the new device key on the page").isTrue();
		return shown.group(1);
	}
}
