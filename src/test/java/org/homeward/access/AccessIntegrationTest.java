package org.homeward.access;

import org.homeward.support.HomewardIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Credentials.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@HomewardIntegrationTest
class AccessIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void createsTheFirstAdministratorFromTheEnvironmentWithAHashedPassword() {
		String hash = jdbc.sql("select password_hash from app_user where username = 'admin'").query(String.class).single();
		assertThat(hash).startsWith("{bcrypt}$2a$").doesNotContain("admin-test-password");
		assertThat(jdbc.sql("""
				select r.role from user_role r join app_user u on u.id = r.user_id where u.username = 'admin'
				""").query(String.class).list()).as("the first administrator's roles, whatever other tests added")
			.containsExactly("ADMIN");
	}

	@Test
	void healthIsPublicAndMetricsNeedAnAdministrator() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/prometheus").with(admin())).andExpect(status().isOk());
	}

	@Test
	void anUnknownApiPathIsClosedToAnonymousCallers() throws Exception {
		mvc.perform(get("/api/v1/returnees")).andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Basic realm=\"Homeward\""));
	}

	@Test
	void sendsSecurityHeaders() throws Exception {
		mvc.perform(get("/api/v1/places/SY01"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("frame-ancestors 'none'")));
	}

	@Test
	void locksAnAccountAfterFiveFailedLoginsAndAuditsEachFailure() throws Exception {
		jdbc.sql("""
				insert into app_user (username, password_hash, created_at)
				values ('officer', '{noop}right-password', current_timestamp)
				""").update();
		long id = jdbc.sql("select id from app_user where username = 'officer'").query(Long.class).single();
		jdbc.sql("insert into user_role (user_id, role) values (?, 'ADMIN')").param(id).update();
		mvc.perform(get("/actuator/prometheus").with(httpBasic("officer", "right-password"))).andExpect(status().isOk());
		for (int attempt = 0; attempt < 5; attempt++) {
			mvc.perform(get("/actuator/prometheus").with(httpBasic("officer", "wrong")))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/actuator/prometheus").with(httpBasic("officer", "right-password")))
			.andExpect(status().isUnauthorized());
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'login.failed' and actor = 'officer'")
			.query(Integer.class).single()).isEqualTo(6); // five bad passwords, then the locked account
	}
}
