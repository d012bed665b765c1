package org.homeward.briefing.internal;

import java.util.Locale;
import java.util.ResourceBundle;

import com.ibm.icu.util.ULocale;

/** The words of a briefing document (headings, captions, chart titles) in one language, from {@code i18n/briefing_*}. */
final class DocumentLabels {

	private final ResourceBundle bundle;
	private final ULocale locale;

	DocumentLabels(String language) {
		this.bundle = ResourceBundle.getBundle("i18n/briefing", Locale.forLanguageTag(language),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		this.locale = ULocale.forLanguageTag(language);
	}

	/** The label {@code document.<key>}, its {@code {0}}, {@code {1}}, ... filled in. */
	String get(String key, Object... arguments) {
		String pattern = bundle.getString("document." + key);
		return arguments.length == 0 ? pattern : IcuFormats.message(pattern, locale).format(arguments);
	}
}
