package org.homeward.geography.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Supplier;

import org.homeward.geography.HomeCountry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class HomeTimeTest {

	private final HomeTime damascus = new HomeTime(new HomeCountry("SYR", ZoneId.of("Asia/Damascus")));

	@AfterEach
	void forgetTheLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void showsAnInstantInTheCountrysTimeWithItsOffsetThatDay() {
		// summer time until the last Friday of October 2018, then winter time
		assertThat(damascus.format(Instant.parse("2018-10-22T10:05:09.981Z"))).isEqualTo("2018-10-22 13:05:09 +03:00");
		assertThat(damascus.format(Instant.parse("2018-01-15T22:30:00Z"))).isEqualTo("2018-01-16 00:30:00 +02:00");
	}

	@Test
	void showsNothingForNoInstant() {
		assertThat(damascus.format(null)).isEmpty();
	}

	@Test
	void writesAnInstantForPeopleInTheCountrysTimeToTheMinuteInEachLanguage() {
		Instant issued = Instant.parse("2026-12-01T21:55:17.232409Z");
		assertThat(in("en", () -> damascus.moment(issued))).isEqualTo("2 December 2026, 00:55");
		assertThat(in("ru", () -> damascus.moment(issued))).isEqualTo("2 декабря 2026\u202fг., 00:55");
		assertThat(in("ar", () -> damascus.moment(issued))).isEqualTo("٢ كانون الأول ٢٠٢٦، ٠٠:٥٥");
	}

	@Test
	void writesADayAsALongDateInEachLanguageAndInEnglishForAnyOther() {
		LocalDate day = LocalDate.of(2018, 10, 22);
		assertThat(in("en", () -> damascus.day(day))).isEqualTo("22 October 2018");
		assertThat(in("ru", () -> damascus.day(day))).isEqualTo("22 октября 2018\u202fг.");
		assertThat(in("ar", () -> damascus.day(day))).isEqualTo("٢٢ تشرين الأول ٢٠١٨");
		assertThat(in("fr", () -> damascus.day(day))).isEqualTo("22 October 2018");
	}

	private static String in(String language, Supplier<String> written) {
		LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
		return written.get();
	}
}
