package org.homeward.returns;

import java.util.Map;

import org.homeward.ledger.RowFields;

/** One row of return counts as received, before validation (see {@link RowFields}). */
public record ReturnRowInput(long row, Map<ReturnField, String> values) implements RowFields<ReturnField> {

	public ReturnRowInput {
		values = Map.copyOf(values);
	}
}
