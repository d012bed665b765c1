package org.homeward.reconstruction;

import java.util.Map;

import org.homeward.ledger.RowFields;

/** One facility status event as received, before validation (see {@link RowFields}). */
public record FacilityRowInput(long row, Map<FacilityField, String> values) implements RowFields<FacilityField> {

	public FacilityRowInput {
		values = Map.copyOf(values);
	}
}
