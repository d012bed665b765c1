package org.homeward.geography.internal;

import java.time.Instant;
import java.time.ZoneId;

import org.homeward.geography.HomeCountry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HomeTimeTest {

	private final HomeTime damascus = new HomeTime(new HomeCountry("SYR", ZoneId.of("Asia/Damascus")));

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
}
