package org.homeward.statedfigures;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.homeward.ledger.LedgerBatch;

/** Stated figures to record as one all-or-nothing unit; see {@link LedgerBatch} for the fields' roles. */
public record StatedFigureBatch(String fileName, String idempotencyKey, Map<StatedFigureField, String> columns,
		List<String> ignoredColumns, Iterator<StatedFigureRowInput> rows, Supplier<String> fileSha256, String reason)
		implements LedgerBatch<StatedFigureRowInput> {

	@Override
	public String idColumn() {
		return columns.get(StatedFigureField.FIGURE_ID);
	}
}
