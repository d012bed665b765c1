package org.homeward.ledger;

/** An import made earlier under an account's Idempotency-Key: its answer, and the SHA-256 of the file it read. */
public record PreviousImport(ImportSummary answer, String fileSha256) {
}
