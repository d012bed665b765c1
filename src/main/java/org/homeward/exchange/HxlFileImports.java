package org.homeward.exchange;

import java.io.InputStream;

import org.homeward.ledger.ImportSummary;

/**
 * Imports a partner file in the exchange formats (HXL-tagged CSV or XLSX), all or nothing, exactly as the import
 * endpoints do: for other modules that bring files of their own, such as the demo data.
 */
public interface HxlFileImports {

	/** Return counts (exchange contract, section 1); throws {@link org.homeward.web.InvalidInputException} naming every bad row. */
	ImportSummary returns(InputStream file, String mediaType, String fileName, String idempotencyKey);

	/** Facility status events (exchange contract, section 2). */
	ImportSummary facilities(InputStream file, String mediaType, String fileName, String idempotencyKey);

	/** Household registrations (exchange contract, section 5). */
	ImportSummary registrations(InputStream file, String mediaType, String fileName, String idempotencyKey);

	/** Headline figures a source published (exchange contract, section 7). */
	ImportSummary statedFigures(InputStream file, String mediaType, String fileName, String idempotencyKey);
}
