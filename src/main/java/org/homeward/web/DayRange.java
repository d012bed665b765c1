package org.homeward.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The days Homeward's ledgers hold and can be asked about: from 1 January 1900 to 31 December 9999. Before 1900
 * nothing came home that Homeward records, and the databases' calendars part ways (year 0 becomes year 1); after
 * 9999 a day no longer has four digits.
 */
public final class DayRange {

	public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
	public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
	public static final Instant FIRST_INSTANT = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
	public static final Instant LAST_INSTANT = LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
		.minusNanos(1);

	/** Why a day before the first one is refused where it enters. */
	public static final String BEFORE_FIRST_DAY = "The day is before " + FIRST_DAY + ", the first day Homeward holds.";

	private DayRange() {
	}

	public static boolean holds(LocalDate day) {
		return !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
	}

	public static boolean holds(Instant instant) {
		return !instant.isBefore(FIRST_INSTANT) && !instant.isAfter(LAST_INSTANT);
	}

	/** What a refused day or instant is told, after its name. */
	public static String dayMessage() {
		return "must be a day from " + FIRST_DAY + " to " + LAST_DAY + ".";
	}

	public static String instantMessage() {
		return "must be an instant from " + FIRST_INSTANT + " to " + LAST_DAY + "T23:59:59Z.";
	}
}
