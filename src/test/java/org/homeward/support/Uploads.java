package org.homeward.support;

import org.springframework.test.web.servlet.MockMvc;

import static org.homeward.support.Credentials.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sends a CSV file to an import as the administrator, and expects it applied. */
public final class Uploads {

	private Uploads() {
	}

	public static void csv(MockMvc mvc, String importPath, String csv) throws Exception {
		mvc.perform(post(importPath).with(admin()).contentType("text/csv").content(csv)).andExpect(status().isOk());
	}
}
