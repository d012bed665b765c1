package org.homeward.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;

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

	public boolean any() {
		return summary != null;
	}

	/** The language of the page being written: en, ru or ar. */
	public static String language() {
		String language = LocaleContextHolder.getLocale().getLanguage();
		return List.of("en", "ru", "ar").contains(language) ? language : "en";
	}
}
