package org.homeward.statedfigures;

import java.util.Map;

import org.homeward.ledger.RowFields;

/** One stated figure as received, before validation (see {@link RowFields}). */
public record StatedFigureRowInput(long row, Map<StatedFigureField, String> values)
		implements RowFields<StatedFigureField> {

	public StatedFigureRowInput {
		values = Map.copyOf(values);
	}
}
