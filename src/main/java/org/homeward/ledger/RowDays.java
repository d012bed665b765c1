package org.homeward.ledger;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.homeward.web.DayRange;

/** The day of a row: written YYYY-MM-DD, not after today, not before {@link DayRange#FIRST_DAY}. */
public final class RowDays {

	private RowDays() {
	}

	/** The day of a field, or null with a problem added; {@code missing} is the problem of an empty cell. */
	public static <F> LocalDate read(RowFields<F> input, F field, String missing, LocalDate today,
			RowProblems<F> problems) {
		String text = input.text(field);
		if (text == null) {
			problems.add(field, missing);
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(text);
			if (day.isAfter(today)) {
				problems.add(field, "The day is after today (" + today + ").");
				return null;
			}
			if (day.isBefore(DayRange.FIRST_DAY)) {
				problems.add(field, DayRange.BEFORE_FIRST_DAY);
				return null;
			}
			return day;
		}
		catch (DateTimeParseException e) {
			problems.add(field, "A day is written YYYY-MM-DD, as 2018-10-22.");
			return null;
		}
	}
}
