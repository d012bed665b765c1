package org.homeward.access.internal;

import org.homeward.web.WebPage;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form of the web application; Spring Security checks what it posts. */
@WebPage
class LoginPage {

	@GetMapping("/login")
	String login() {
		return "access/login";
	}
}
