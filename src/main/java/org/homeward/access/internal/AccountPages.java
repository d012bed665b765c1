package org.homeward.access.internal;

import org.homeward.web.FormErrors;
import org.homeward.web.ProblemException;
import org.homeward.web.WebPage;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** A signed-in user's own account: changing their password (required after a one-time password). */
@WebPage
class AccountPages {

	private final UserAdministration accounts;

	AccountPages(UserAdministration accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/account/password")
	String passwordForm(Model model) {
		model.addAttribute("errors", FormErrors.NONE);
		model.addAttribute("minPassword", UserAdministration.MIN_PASSWORD_LENGTH);
		return "access/password";
	}

	@PostMapping("/account/password")
	ModelAndView changePassword(@RequestParam(required = false) String current,
			@RequestParam(required = false) String password, Authentication authentication, Model model) {
		model.addAttribute("minPassword", UserAdministration.MIN_PASSWORD_LENGTH);
		try {
			accounts.changeOwnPassword(authentication.getName(), current, password);
			return new ModelAndView("redirect:/?passwordChanged");
		}
		catch (ProblemException refused) {
			model.addAttribute("errors", FormErrors.of(refused));
			ModelAndView page = new ModelAndView("access/password", model.asMap());
			page.setStatus(refused.status() == HttpStatus.NOT_FOUND ? HttpStatus.UNPROCESSABLE_CONTENT : refused.status());
			return page;
		}
	}
}
