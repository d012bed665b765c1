package org.homeward.web;

import org.homeward.support.HomewardIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.homeward.support.Credentials.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The server's error path asked for directly names nothing, as an unknown path does: 404, never 500. */
@HomewardIntegrationTest
class ErrorPathIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void answersTheErrorPathAsAPathThatNamesNothing() throws Exception {
		mvc.perform(get("/error"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("not-found"))
			.andExpect(jsonPath("$.status").value(404));
		mvc.perform(get("/error").with(admin()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("not-found"));
		mvc.perform(get("/error").with(user("admin").roles("ADMIN")).accept("text/html"))
			.andExpect(status().isNotFound());
	}
}
