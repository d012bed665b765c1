package org.homeward.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.homeward.web.InputError;
import org.homeward.web.InvalidInputException;

/**
 * The problems of a batch: those of its rows as they are validated, or those only the whole staged batch shows (an
 * id used twice, a void of an unknown record, a record of another area). At most {@value #MAX_LISTED} are listed,
 * all are counted, and they are answered in the order of the rows.
 */
public final class BatchProblems {

	/** At most this many problems are listed; the detail says how many there were in all. */
	public static final int MAX_LISTED = 1_000;

	private final List<InputError> listed = new ArrayList<>();
	private long count;

	public void add(InputError problem) {
		count++;
		if (listed.size() < MAX_LISTED) {
			listed.add(problem);
		}
	}

	public void addAll(List<InputError> problems) {
		problems.forEach(this::add);
	}

	/** Whether more problems would still be listed: a check may stop looking once this is false. */
	public boolean listsMore() {
		return listed.size() < MAX_LISTED;
	}

	public boolean isEmpty() {
		return count == 0;
	}

	/** The refusal of a batch of {@code rows} rows, its problems by row (those with none first), nothing written. */
	InvalidInputException refusal(long rows) {
		List<InputError> byRow = new ArrayList<>(listed);
		byRow.sort(Comparator.comparing(InputError::row, Comparator.nullsFirst(Long::compare)));
		return InvalidInputException.ofRows(byRow, count, rows);
	}
}
