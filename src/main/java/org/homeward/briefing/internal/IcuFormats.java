package org.homeward.briefing.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DecimalFormat;
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

	/**
	 * Whole numbers grouped as the language groups them. Russian groups from five digits only (1877, but 14 877),
	 * which ICU's data for Russian does not say.
	 */
	static NumberFormat integers(ULocale locale) {
		return (NumberFormat) ((NumberFormat) PROTOTYPES.computeIfAbsent("integer " + locale, key -> {
			NumberFormat format = NumberFormat.getIntegerInstance(locale);
			if (locale.getLanguage().equals("ru") && format instanceof DecimalFormat decimal) {
				decimal.setMinimumGroupingDigits(2);
			}
			return format;
		})).clone();
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
