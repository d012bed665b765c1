package org.homeward.registrations;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.homeward.ledger.LedgerBatch;

/** Registrations to record as one all-or-nothing unit; see {@link LedgerBatch} for the fields' roles. */
public record RegistrationBatch(String fileName, String idempotencyKey, Map<RegistrationField, String> columns,
		List<String> ignoredColumns, Iterator<RegistrationRowInput> rows, Supplier<String> fileSha256, String reason)
		implements LedgerBatch<RegistrationRowInput> {

	@Override
	public String idColumn() {
		return columns.get(RegistrationField.REGISTRATION_ID);
	}
}
