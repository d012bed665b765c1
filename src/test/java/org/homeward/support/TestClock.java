package org.homeward.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in integration tests: the system's time, moved ahead when a test says time passes. It
 * never goes back, and any thread may read or move it, so a test states "later" instead of sleeping for it.
 */
public final class TestClock extends Clock {

	private final Time time;
	private final ZoneId zone;

	public TestClock() {
		this(new Time(Clock.systemUTC()), ZoneOffset.UTC);
	}

	/** A clock that follows {@code system} until moved ahead. */
	public TestClock(Clock system) {
		this(new Time(system), ZoneOffset.UTC);
	}

	private TestClock(Time time, ZoneId zone) {
		this.time = time;
		this.zone = zone;
	}

	/** Moves the clock ahead: whatever is recorded from now on is at least {@code by} later than anything before. */
	public void advance(Duration by) {
		if (by.isNegative() || by.isZero()) {
			throw new IllegalArgumentException("The test clock only moves ahead; " + by + " is not ahead.");
		}
		time.advance(by);
	}

	@Override
	public Instant instant() {
		return time.now();
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	/** The same time read in another zone: moving either moves both. */
	@Override
	public TestClock withZone(ZoneId zone) {
		return zone.equals(this.zone) ? this : new TestClock(time, zone);
	}

	/** What the clock's views in every zone share: how far it is ahead of the system, and the last instant told. */
	private static final class Time {

		private final Clock system;
		private Duration ahead = Duration.ZERO;
		private Instant last = Instant.MIN;

		Time(Clock system) {
			this.system = system;
		}

		synchronized Instant now() {
			Instant now = system.instant().plus(ahead);
			if (now.isAfter(last)) {
				last = now;
			}
			return last;
		}

		synchronized void advance(Duration by) {
			last = now().plus(by);
			ahead = ahead.plus(by);
		}
	}
}
