package org.homeward.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;

/** An import made earlier under an account's Idempotency-Key: its answer, and the SHA-256 of the file it read. */
public record PreviousImport(ImportSummary answer, String fileSha256) {

	/** The columns of an import log's row that {@link #of} reads, the same in every ledger's log. */
	public static final String COLUMNS = "id, rows_read, created, superseded, unchanged, voided, ignored_columns, "
			+ "file_sha256";

	/** An import log's row, read by {@link #COLUMNS}. */
	public static PreviousImport of(ResultSet row) throws SQLException {
		return new PreviousImport(new ImportSummary(row.getLong("id"), row.getLong("rows_read"), row.getLong("created"),
				row.getLong("superseded"), row.getLong("unchanged"), row.getLong("voided"),
				ImportSummary.columns(row.getString("ignored_columns"))), row.getString("file_sha256"));
	}
}
