package org.homeward.ledger;

/**
 * A row that passed its ledger's validation, ready to stage: which record of which source it names, whether it
 * voids it, the fingerprint of its content, and the content itself.
 */
public interface StagedRow {

	/** The content hash a void carries: no content. */
	String VOID = "void";

	/** The row's number in its file, as a person sees it in a spreadsheet; 0 when the input has no rows. */
	long row();

	String sourceCode();

	/** The source's own id of the record. */
	String key();

	boolean voided();

	String contentHash();

	/** Writes the content columns; not asked of a void, whose content is null. */
	void writeContent(StagedValues values);
}
