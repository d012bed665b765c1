package org.homeward.briefing;

import java.time.LocalDate;
import java.util.SortedMap;

/**
 * The time series a briefing's charts draw, for one source as known at an instant: persons returned by category,
 * cumulative on each day with records up to the briefing's day, and per seven-day week ending with it (the last
 * {@value #WEEKS} weeks, keyed by each week's last day, weeks without returns as zero).
 */
public record BriefingSeries(SortedMap<LocalDate, Long> cumulativeIdpReturnees,
		SortedMap<LocalDate, Long> cumulativeRefugeeReturnees, SortedMap<LocalDate, Long> weeklyIdpReturnees,
		SortedMap<LocalDate, Long> weeklyRefugeeReturnees) {

	public static final int WEEKS = 12;
}
