package org.homeward.web.internal;

import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.homeward.web.DayRange;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.datetime.standard.InstantFormatter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Days and instants in request parameters ({@code asOf}, {@code from}, {@code to}, {@code knownAt}) are read as
 * ISO and must lie within {@link DayRange}: a day the ledgers cannot hold is refused as a bad parameter, for every
 * endpoint and page at once, before a query meets a date the database cannot take.
 */
@Configuration(proxyBeanMethods = false)
class RequestDays implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		// added after Spring's own, so these are asked first, with or without @DateTimeFormat
		registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {
			@Override
			public LocalDate parse(String text, Locale locale) {
				LocalDate day = LocalDate.parse(text, DateTimeFormatter.ISO_DATE);
				if (!DayRange.holds(day)) {
					throw new OutsideDayRange(DayRange.dayMessage());
				}
				return day;
			}

			@Override
			public String print(LocalDate day, Locale locale) {
				return day.toString();
			}
		});
		InstantFormatter instants = new InstantFormatter();
		registry.addFormatterForFieldType(Instant.class, new Formatter<Instant>() {
			@Override
			public Instant parse(String text, Locale locale) throws ParseException {
				Instant instant = instants.parse(text, locale);
				if (!DayRange.holds(instant)) {
					throw new OutsideDayRange(DayRange.instantMessage());
				}
				return instant;
			}

			@Override
			public String print(Instant instant, Locale locale) {
				return instants.print(instant, locale);
			}
		});
	}

	/** A well-formed day or instant outside the range; its message says what the range is. */
	static final class OutsideDayRange extends IllegalArgumentException {

		OutsideDayRange(String message) {
			super(message);
		}
	}
}
