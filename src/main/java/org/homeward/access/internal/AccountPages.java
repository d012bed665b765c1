package org.homeward.access.internal;

import java.util.List;
import java.util.Objects;

import org.homeward.web.FormErrors;
import org.homeward.web.InputError;
import org.homeward.web.InvalidInputException;
import org.homeward.web.ProblemException;
import org.homeward.web.WebPage;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
	private final MessageSource messages;

	AccountPages(UserAdministration accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/account/password")
	String passwordForm(Model model) {
		model.addAttribute("errors", FormErrors.NONE);
		model.addAttribute("minPassword", UserAdministration.MIN_PASSWORD_LENGTH);
		return "access/password";
	}

	/** The new password is typed twice, so that a slip of the hand does not become the only password. */
	@PostMapping("/account/password")
	ModelAndView changePassword(@RequestParam(required = false) String current,
			@RequestParam(required = false) String password, @RequestParam(required = false) String confirmation,
			Authentication authentication, Model model) {
		model.addAttribute("minPassword", UserAdministration.MIN_PASSWORD_LENGTH);
		try {
			if (!Objects.equals(password, confirmation)) {
				throw InvalidInputException.of(List.of(InputError.field("confirmation", null,
						messages.getMessage("account.mismatch", null, LocaleContextHolder.getLocale()))));
			}
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
