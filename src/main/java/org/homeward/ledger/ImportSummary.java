package org.homeward.ledger;

import java.util.Arrays;
import java.util.List;

/**
 * What an applied batch did: rows read, records created, versions that superseded others, rows that changed
 * nothing, records voided; and the columns of the file that were ignored. Serialised as the import answer of the
 * exchange contract.
 */
public record ImportSummary(long importId, long rows, long created, long superseded, long unchanged, long voided,
		List<String> ignoredColumns) {

	public ImportSummary {
		ignoredColumns = List.copyOf(ignoredColumns);
	}

	/** Whether the batch changed what the ledger holds: a record created, superseded or voided. */
	public boolean changedTheLedger() {
		return created + superseded + voided > 0;
	}

	public ImportSummary withIgnoredColumns(List<String> columns) {
		return new ImportSummary(importId, rows, created, superseded, unchanged, voided, columns);
	}

	/** Reads ignored columns as stored: one per line. */
	public static List<String> columns(String stored) {
		return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split("\n"));
	}
}
