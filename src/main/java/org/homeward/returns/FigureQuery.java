package org.homeward.returns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Which persons to count: one source's records of the days {@code from} to {@code to} (both included; no
 * {@code from} means since the first record), of one category or both, as known at an instant (null: now).
 */
public record FigureQuery(String source, LocalDate from, LocalDate to, ReturnCategory category, Instant knownAt) {

	public FigureQuery {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(to, "to");
		if (from != null && from.isAfter(to)) {
			throw new IllegalArgumentException("a period cannot start after it ends");
		}
	}

	/** Everything that happened on or before a day. */
	public static FigureQuery asOf(String source, LocalDate day, Instant knownAt) {
		return new FigureQuery(source, null, day, null, knownAt);
	}

	public FigureQuery ofCategory(ReturnCategory only) {
		return new FigureQuery(source, from, to, only, knownAt);
	}

	/** Whether a record of this day and category is counted. */
	public boolean covers(LocalDate day, ReturnCategory recordCategory) {
		return (from == null || !day.isBefore(from)) && !day.isAfter(to)
				&& (category == null || category == recordCategory);
	}
}
