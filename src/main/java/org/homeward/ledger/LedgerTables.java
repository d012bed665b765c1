package org.homeward.ledger;

import java.util.List;

/**
 * The tables of one versioned, sourced ledger, named as the kernel's SQL needs them. Every ledger has the same
 * four: an import log, a staging table, the versions (append-only) and a head per record pointing at its current
 * version. A record is named by {@code (source_code, key)}; its content is ledger's own.
 *
 * @param name the ledger as its timers and audit name it: {@code returns}, {@code facilities}
 * @param noun what one record of the ledger is called in a refusal: {@code record}, {@code status event}
 * @param stagedContent the content columns of the staging table, in the order a row writes them
 * @param versionContent the content columns a version keeps: some or all of the staged ones, by the same names
 *        (the rest are the ledger's to keep elsewhere, such as the facility register)
 */
public record LedgerTables(String name, String noun, String importLog, String staging, String versions,
		String heads, String key, List<String> stagedContent, List<String> versionContent) {

	public LedgerTables {
		stagedContent = List.copyOf(stagedContent);
		versionContent = List.copyOf(versionContent);
		if (!stagedContent.containsAll(versionContent)) {
			throw new IllegalArgumentException("a version keeps staged content only: " + versionContent);
		}
	}

	/**
	 * The staged rows, each beside its record's head when the record is known ({@code s} and {@code h}): what the
	 * kernel's and a ledger's own checks join on.
	 */
	public String stagedWithHeads() {
		return staging + " s left join " + heads + " h on h.source_code = s.source_code and h." + key + " = s." + key;
	}

	/** A staged row that changes what is known: a new record, new content, a void, or content for a void record. */
	public String changes() {
		return "(h." + key + " is null or s.voided <> h.voided or (not s.voided and h.content_hash <> s.content_hash))";
	}

	/** The version content columns, each prefixed by a table's alias. */
	public String versionContentOf(String alias) {
		return String.join(", ", versionContent.stream().map(column -> alias + "." + column).toList());
	}
}
