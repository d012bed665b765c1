package org.homeward.returns;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.homeward.web.ProblemException;

/**
 * How a list of return records is ordered: by one column, up or down. Ties are broken by record id, which is unique
 * within a source, so the pages of a list never overlap or skip a record.
 */
public record RecordOrder(Column column, boolean descending) {

	/** The order of the list when the reader chooses none: the latest day first. */
	public static final RecordOrder NEWEST_FIRST = new RecordOrder(Column.DAY, true);

	public RecordOrder {
		java.util.Objects.requireNonNull(column, "column");
	}

	/** The columns a list sorts by, named in a request as {@code day}, {@code persons}, ... */
	public enum Column {
		DAY, PERSONS, DESTINATION, ID;

		public String parameter() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** An order as a request names it: {@code persons} ascending, {@code -persons} descending; none: newest first. */
	public static RecordOrder parse(String sort) {
		if (sort == null || sort.isBlank()) {
			return NEWEST_FIRST;
		}
		String text = sort.strip();
		boolean descending = text.startsWith("-");
		String name = descending ? text.substring(1) : text;
		return Arrays.stream(Column.values()).filter(column -> column.parameter().equals(name)).findFirst()
			.map(column -> new RecordOrder(column, descending))
			.orElseThrow(() -> ProblemException.invalid("sort", sort, "\"" + sort
					+ "\" is not an order of the records; use one of "
					+ Arrays.stream(Column.values()).map(Column::parameter).collect(Collectors.joining(", "))
					+ ", with a leading - for the descending order."));
	}

	/** This order as a request names it. */
	public String parameter() {
		return (descending ? "-" : "") + column.parameter();
	}

	/** The order a column header offers: this one reversed when the list is sorted by it, else the column upwards. */
	public RecordOrder next(Column by) {
		return new RecordOrder(by, by == column && !descending);
	}
}
