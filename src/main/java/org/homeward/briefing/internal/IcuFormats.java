package org.homeward.briefing.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * ICU formatters, built once per pattern and locale and cloned for each use: building one reads ICU's resource
 * bundles and parses rules, which cost more than the rest of a briefing's text; a clone costs little, and the
 * formatters are not safe to share between threads.
 */
final class IcuFormats {

	private static final Map<String, Object> PROTOTYPES = new ConcurrentHashMap<>();

	private IcuFormats() {
	}

	static MessageFormat message(String pattern, ULocale locale) {
		return (MessageFormat) ((MessageFormat) PROTOTYPES.computeIfAbsent("message " + locale + " " + pattern,
				key -> new MessageFormat(pattern, locale))).clone();
	}

	static NumberFormat integers(ULocale locale) {
		return (NumberFormat) ((NumberFormat) PROTOTYPES.computeIfAbsent("integer " + locale,
				key -> NumberFormat.getIntegerInstance(locale))).clone();
	}

	static NumberFormat spellout(ULocale locale) {
		return (NumberFormat) ((NumberFormat) PROTOTYPES.computeIfAbsent("spellout " + locale,
				key -> new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT))).clone();
	}

	/** A long date in UTC (days in the ledger are calendar days, not instants). */
	static DateFormat longDate(ULocale locale) {
		return (DateFormat) ((DateFormat) PROTOTYPES.computeIfAbsent("date " + locale, key -> {
			DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, locale);
			format.setTimeZone(TimeZone.GMT_ZONE);
			return format;
		})).clone();
	}

	/** Immutable, so shared as it is. */
	static ListFormatter list(ULocale locale) {
		return (ListFormatter) PROTOTYPES.computeIfAbsent("list " + locale, key -> ListFormatter.getInstance(locale));
	}
}
