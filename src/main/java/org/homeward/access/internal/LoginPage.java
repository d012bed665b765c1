package org.homeward.access.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form of the web application; Spring Security checks what it posts. */
@Controller
class LoginPage {

	@GetMapping("/login")
	String login() {
		return "access/login";
	}
}
