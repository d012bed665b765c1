package org.homeward.returns;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rows to record in one all-or-nothing unit: a whole file, or one record from the API.
 *
 * @param columns how the input names each field (HXL hashtag or JSON field), for error messages
 * @param rows read lazily, so a large file streams through
 * @param fileSha256 asked for after the rows are read, when the whole file has been seen
 * @param reason why, for corrections and voids made by a person; null for files
 */
public record ReturnBatch(String fileName, String idempotencyKey, Map<ReturnField, String> columns,
		List<String> ignoredColumns, Iterator<ReturnRowInput> rows, Supplier<String> fileSha256, String reason) {
}
