package org.homeward.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TestClockTest {

	static final Instant NINE = Instant.parse("2018-10-22T09:00:00Z");

	/** The system's time, set by hand here. */
	final AtomicReference<Instant> system = new AtomicReference<>(NINE);

	final TestClock clock = new TestClock(new Clock() {
		@Override
		public Instant instant() {
			return system.get();
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException();
		}
	});

	@Test
	void followsTheSystemUntilMovedAheadThenStaysThatMuchAhead() {
		assertThat(clock.instant()).isEqualTo(NINE);
		system.set(NINE.plusMillis(5));
		assertThat(clock.instant()).isEqualTo(NINE.plusMillis(5));
		clock.advance(Duration.ofSeconds(1));
		assertThat(clock.instant()).isEqualTo(NINE.plusMillis(1005));
		system.set(NINE.plusMillis(10));
		assertThat(clock.instant()).isEqualTo(NINE.plusMillis(1010));
	}

	@Test
	void neverGoesBackWhenTheSystemDoes() {
		system.set(NINE.plusSeconds(60));
		assertThat(clock.instant()).isEqualTo(NINE.plusSeconds(60));
		system.set(NINE);
		assertThat(clock.instant()).isEqualTo(NINE.plusSeconds(60));
		clock.advance(Duration.ofSeconds(1));
		assertThat(clock.instant()).isEqualTo(NINE.plusSeconds(61));
	}

	@Test
	void movesItsViewInAnotherZoneAlong() {
		Clock damascus = clock.withZone(ZoneId.of("Asia/Damascus"));
		clock.advance(Duration.ofHours(1));
		assertThat(damascus.instant()).isEqualTo(NINE.plusSeconds(3600));
		assertThat(damascus.getZone()).isEqualTo(ZoneId.of("Asia/Damascus"));
	}

	@Test
	void refusesToMoveBack() {
		assertThatIllegalArgumentException().isThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
			.withMessage("The test clock only moves ahead; PT-1S is not ahead.");
	}
}
