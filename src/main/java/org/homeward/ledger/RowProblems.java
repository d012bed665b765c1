package org.homeward.ledger;

import java.util.List;
import java.util.Map;

import org.homeward.web.InputError;

/**
 * The problems of one row, each naming the row, the column as the input names it and the value as received.
 *
 * @param <F> the ledger's fields
 */
public final class RowProblems<F> {

	private final RowFields<F> input;
	private final Map<F, String> columns;
	private final List<InputError> errors;
	private int found;

	/** {@code columns} names each field as the input does: its HXL hashtag, or its JSON field. */
	public RowProblems(RowFields<F> input, Map<F, String> columns, List<InputError> errors) {
		this.input = input;
		this.columns = columns;
		this.errors = errors;
	}

	public void add(F field, String message) {
		errors.add(new InputError(input.row() > 0 ? input.row() : null, columns.get(field), input.raw(field), message));
		found++;
	}

	public boolean none() {
		return found == 0;
	}
}
