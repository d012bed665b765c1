package org.homeward.geography;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The country people return to: its ISO alpha-3 code and its time zone, which decides what "today" is for the
 * dates people report ({@code homeward.country.*}).
 */
@ConfigurationProperties("homeward.country")
public record HomeCountry(@DefaultValue("SYR") String code, @DefaultValue("Asia/Damascus") ZoneId timeZone) {

	/** Today's date in the country. */
	public LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(timeZone));
	}
}
