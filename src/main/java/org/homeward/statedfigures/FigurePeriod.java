package org.homeward.statedfigures;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * What a stated figure counts: everyone up to its day ({@code cumulative}), or the people of the {@code days} days
 * ending with its day, both ends included ({@code 7d}).
 *
 * @param days the days of the period, or null for a cumulative figure
 */
public record FigurePeriod(Integer days) {

	public static final FigurePeriod CUMULATIVE = new FigurePeriod(null);

	/** At most five digits of days: a period longer than 270 years is a typing mistake. */
	private static final String DAYS = "[1-9]\\d{0,4}d";

	public FigurePeriod {
		if (days != null && days < 1) {
			throw new IllegalArgumentException("a period has at least one day");
		}
	}

	/** The period as written in a file, in any case: {@code cumulative} or {@code Nd}; empty for anything else. */
	public static Optional<FigurePeriod> parse(String text) {
		String written = text.strip().toLowerCase(Locale.ROOT);
		if (written.equals("cumulative")) {
			return Optional.of(CUMULATIVE);
		}
		return written.matches(DAYS)
				? Optional.of(new FigurePeriod(Integer.valueOf(written.substring(0, written.length() - 1))))
				: Optional.empty();
	}

	public boolean isCumulative() {
		return days == null;
	}

	/** The first day the figure counts, for a figure as of {@code asOf}; null for a cumulative figure. */
	public LocalDate firstDay(LocalDate asOf) {
		return days == null ? null : asOf.minusDays(days - 1L);
	}

	/** As the contract writes it: {@code cumulative} or {@code 7d}. */
	@Override
	public String toString() {
		return days == null ? "cumulative" : days + "d";
	}
}
