package org.homeward.ledger;

import java.time.Instant;

/** An applied import as the ledger's import log keeps it: when, which file, whose account, and what it did. */
public record LoggedImport(long id, String fileName, Instant importedAt, String importedBy, long rows, long created,
		long superseded, long unchanged, long voided) {
}
