package org.homeward.returns.internal;

import org.homeward.returns.ReturnCount;

/**
 * A row that passed validation: which record of which source it names, and either new content or a void.
 * {@code content} is null for a void.
 */
record ValidatedRow(long row, String sourceCode, String recordId, boolean voided, ReturnCount content,
		String contentHash) {
}
