package org.homeward.returns;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.homeward.ledger.LedgerBatch;

/**
 * Rows of return counts to record in one all-or-nothing unit (see {@link LedgerBatch} for the fields' roles).
 *
 * @param columns how the input names each field (HXL hashtag or JSON field), for error messages
 */
public record ReturnBatch(String fileName, String idempotencyKey, Map<ReturnField, String> columns,
		List<String> ignoredColumns, Iterator<ReturnRowInput> rows, Supplier<String> fileSha256, String reason)
		implements LedgerBatch<ReturnRowInput> {

	@Override
	public String idColumn() {
		return columns.get(ReturnField.RECORD_ID);
	}
}
