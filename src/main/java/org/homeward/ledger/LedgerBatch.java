package org.homeward.ledger;

import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Rows to record in one all-or-nothing unit: a whole file, or one record from the API.
 *
 * @param <I> a row as received, before validation
 */
public interface LedgerBatch<I> {

	String fileName();

	String idempotencyKey();

	/** The columns of the file that no field reads, in the answer. */
	List<String> ignoredColumns();

	/** Read lazily, so a large file streams through. */
	Iterator<I> rows();

	/** Asked for after the rows are read, when the whole file has been seen. */
	Supplier<String> fileSha256();

	/** Why, for corrections and voids made by a person; null for files. */
	String reason();

	/** How the input names the id of a record (HXL hashtag or JSON field), for problems. */
	String idColumn();
}
