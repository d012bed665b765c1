package org.homeward.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.function.Function;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.servlet.ModelAndView;

/**
 * The problems of a form a page sends back: each under the field it concerns (the form's input names are the
 * API's field names, so the ledgers' messages land beside the right input), and all of them in order.
 */
public record FormErrors(String summary, List<InputError> all, Map<String, String> byField) {

	public static final FormErrors NONE = new FormErrors(null, List.of(), Map.of());

	public static FormErrors of(ProblemException problem) {
		List<InputError> errors = problem instanceof InvalidInputException invalid ? invalid.errors() : List.of();
		Map<String, String> byField = new LinkedHashMap<>();
		for (InputError error : errors) {
			if (error.column() != null) {
				byField.merge(error.column(), error.message(), (first, next) -> first + " " + next);
			}
		}
		return new FormErrors(problem.getMessage(), errors, byField);
	}

	/**
	 * Answers a refused form: {@code page} fills the model with the form and its problems and names the view, shown
	 * with the refusal's status. A refusal that is not about the form's content (the thing is missing or out of the
	 * user's reach, or the server failed) is rethrown, to be answered as an error page.
	 */
	public static ModelAndView redisplay(ProblemException refused, Model model, Function<FormErrors, String> page) {
		HttpStatus status = refused.status();
		if (status == HttpStatus.NOT_FOUND || status == HttpStatus.FORBIDDEN || status.is5xxServerError()) {
			throw refused;
		}
		ModelAndView answer = new ModelAndView(page.apply(of(refused)), model.asMap());
		answer.setStatus(status);
		return answer;
	}

	public boolean any() {
		return summary != null;
	}

	/** The language of the page being written: en, ru or ar. */
	public static String language() {
		String language = LocaleContextHolder.getLocale().getLanguage();
		return List.of("en", "ru", "ar").contains(language) ? language : "en";
	}
}
