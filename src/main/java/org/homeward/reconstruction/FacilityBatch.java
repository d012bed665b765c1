package org.homeward.reconstruction;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.homeward.ledger.LedgerBatch;

/** Facility status events to record as one all-or-nothing unit; see {@link LedgerBatch} for the fields' roles. */
public record FacilityBatch(String fileName, String idempotencyKey, Map<FacilityField, String> columns,
		List<String> ignoredColumns, Iterator<FacilityRowInput> rows, Supplier<String> fileSha256, String reason)
		implements LedgerBatch<FacilityRowInput> {

	@Override
	public String idColumn() {
		return columns.get(FacilityField.EVENT_ID);
	}
}
