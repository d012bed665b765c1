package org.homeward.registrations;

import java.util.Map;

import org.homeward.ledger.RowFields;

/** One registration as received, before validation (see {@link RowFields}). */
public record RegistrationRowInput(long row, Map<RegistrationField, String> values)
		implements RowFields<RegistrationField> {

	public RegistrationRowInput {
		values = Map.copyOf(values);
	}
}
