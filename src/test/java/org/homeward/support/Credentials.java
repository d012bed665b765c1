package org.homeward.support;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** The credentials test requests are sent with. */
public final class Credentials {

	private Credentials() {
	}

	/** The first administrator, created from application-test.yml at start. */
	public static RequestPostProcessor admin() {
		return httpBasic("admin", "admin-test-password");
	}
}
