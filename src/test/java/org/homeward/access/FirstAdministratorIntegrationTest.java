package org.homeward.access;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.support.DatabaseOfItsOwn;
import org.homeward.support.HomewardIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Without HOMEWARD_ADMIN_PASSWORD, the first administrator's one-time password from the log must be changed first. */
@HomewardIntegrationTest
@TestPropertySource(properties = "homeward.admin.password=")
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorIntegrationTest {

	@DynamicPropertySource
	static void databaseOfItsOwn(DynamicPropertyRegistry registry) {
		DatabaseOfItsOwn.register(registry, "first_admin");
	}

	@Autowired
	MockMvc mvc;

	@Test
	void theFirstAdministratorsOneTimePasswordOpensOnlyTheFormToChooseAnother(CapturedOutput log) throws Exception {
		Matcher logged = Pattern.compile("created with the one-time password (\\S+) ").matcher(log.getAll());
		assertThat(logged.find()).as("the one-time password is in the log").isTrue();
		String oneTime = logged.group(1);

		mvc.perform(get("/api/v1/camps?asOf=2018-10-22").with(httpBasic("admin", oneTime)))
			.andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("password-change-required"));
		MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("username", "admin")
			.param("password", oneTime)).andExpect(redirectedUrl("/account/password?first")).andReturn().getRequest()
			.getSession();
		mvc.perform(get("/admin/users").session(session)).andExpect(redirectedUrl("/account/password?first"));

		mvc.perform(post("/account/password").session(session).with(csrf()).param("current", oneTime)
			.param("password", "the-admins-own-password").param("confirmation", "the-admins-own-password"))
			.andExpect(redirectedUrl("/?passwordChanged"));
		mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/camps?asOf=2018-10-22").with(httpBasic("admin", "the-admins-own-password"))).andExpect(status().isOk());
	}
}
