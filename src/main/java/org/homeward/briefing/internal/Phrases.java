package org.homeward.briefing.internal;

import java.util.List;
import java.util.Map;

import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.util.ULocale;

/**
 * How one language writes counts, numbers and lists in running text, by ICU's rules: plural forms (English two,
 * Russian three, Arabic six), grouped numbers (1,490,739 / 1 490 739 / ١٬٤٩٠٬٧٣٩), number words, and lists joined
 * the way the language joins them.
 */
final class Phrases {

	private final String language;
	private final ULocale locale;

	Phrases(String language) {
		this.language = language;
		this.locale = BriefingText.locale(language);
		if (locale == null) {
			throw new IllegalArgumentException("no phrases for language " + language);
		}
	}

	/** A count with its noun, from an ICU plural message over {@code count} and {@code n}. */
	String count(String forms, long count) {
		return count(forms, count, "nominative");
	}

	/**
	 * A count with its noun in a grammatical case ({@code nominative}, {@code genitive}): forms that depend on it
	 * select on {@code case}, as Russian does after «восстановление» (180 школ, 161 электроподстанции) and Arabic
	 * after «إعادة إعمار» (مدرستين); forms that do not are the same in every case.
	 */
	String count(String forms, long count, String grammaticalCase) {
		return IcuFormats.message(forms, locale)
			.format(Map.of("count", count, "n", runningNumber(count), "case", grammaticalCase));
	}

	/** A code as the language writes its digits: decree 18 is «رقم ١٨» in Arabic, as it stands elsewhere. */
	String digits(String code) {
		String[] digits = DecimalFormatSymbols.getInstance(locale).getDigitStrings();
		StringBuilder written = new StringBuilder(code.length());
		code.codePoints().forEach(point -> {
			if (point >= '0' && point <= '9') {
				written.append(digits[point - '0']);
			}
			else {
				written.appendCodePoint(point);
			}
		});
		return written.toString();
	}

	/** A number as a figure with the language's grouping: 1,490,739. */
	String number(long value) {
		return IcuFormats.integers(locale).format(value);
	}

	/** Items joined as the language joins a list: "a, b and c", "a, b и c", "a و b و c". */
	String list(List<String> items) {
		return IcuFormats.list(locale).format(items);
	}

	/** English running text spells out two to nine; other counts, and other languages, use figures. */
	private String runningNumber(long count) {
		if (language.equals("en") && count >= 2 && count <= 9) {
			return IcuFormats.spellout(locale).format(count);
		}
		return number(count);
	}
}
