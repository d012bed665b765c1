package org.homeward.geography.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.homeward.geography.HomeCountry;
import org.springframework.stereotype.Component;

/**
 * Instants as the pages show them ({@code @homeTime.format(...)}): to the second, in the country's own time, with
 * its offset from UTC, so that "recorded at" reads as the people recording it lived it and stays unambiguous.
 */
@Component("homeTime")
public class HomeTime {

	private final DateTimeFormatter format;

	HomeTime(HomeCountry country) {
		this.format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx").withZone(country.timeZone());
	}

	public String format(Instant instant) {
		return instant == null ? "" : format.format(instant);
	}
}
