package org.homeward.geography.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.homeward.geography.HomeCountry;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Instants as the pages show them ({@code @homeTime.format(...)}): to the second, in the country's own time, with
 * its offset from UTC, so that "recorded at" reads as the people recording it lived it and stays unambiguous.
 * For people rather than auditors, {@code moment} and {@code day} write them in the page's language as the
 * briefing writes dates: "1 December 2026, 00:55", «1 декабря 2026 г., 00:55», Syrian Arabic with its digits.
 */
@Component("homeTime")
public class HomeTime {

	/** The briefing's locales: British English, Russian, and Syria's Arabic (its month names, Arabic-Indic digits). */
	private static final Map<String, ULocale> LOCALES = Map.of("en", ULocale.UK, "ru", new ULocale("ru"), "ar",
			new ULocale("ar_SY"));

	/** A long date, then the time of day to the minute, joined as each language joins them. */
	private static final Map<String, String> MOMENTS = Map.of("en", "d MMMM y, HH:mm", "ru", "d MMMM y\u202f'г'., HH:mm",
			"ar", "d MMMM y، HH:mm");

	private final DateTimeFormatter format;
	private final TimeZone zone;

	HomeTime(HomeCountry country) {
		this.format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx").withZone(country.timeZone());
		this.zone = TimeZone.getTimeZone(country.timeZone().getId());
	}

	public String format(Instant instant) {
		return instant == null ? "" : format.format(instant);
	}

	/** An instant in the country's time, to the minute, in the page's language. */
	public String moment(Instant instant) {
		if (instant == null) {
			return "";
		}
		String language = language();
		SimpleDateFormat moment = new SimpleDateFormat(MOMENTS.get(language), LOCALES.get(language));
		moment.setTimeZone(zone);
		return moment.format(Date.from(instant));
	}

	/** A calendar day as a long date in the page's language: "22 October 2018", «22 октября 2018 г.». */
	public String day(LocalDate day) {
		if (day == null) {
			return "";
		}
		DateFormat date = DateFormat.getDateInstance(DateFormat.LONG, LOCALES.get(language()));
		date.setTimeZone(TimeZone.GMT_ZONE);
		return date.format(Date.from(day.atStartOfDay().toInstant(ZoneOffset.UTC)));
	}

	private static String language() {
		String language = LocaleContextHolder.getLocale().getLanguage();
		return LOCALES.containsKey(language) ? language : "en";
	}
}
