package org.homeward.statedfigures.internal;

import java.time.LocalDate;

import org.homeward.ledger.StagedRow;
import org.homeward.ledger.StagedValues;

/** A validated stated figure, ready to stage (its key is the source's figure id); a void sets only source and key. */
record StagedFigure(long row, String sourceCode, String key, boolean voided, LocalDate asOf, Integer periodDays,
		String category, String originCountry, String entryPoint, String adm1, Integer persons, String url,
		String contentHash) implements StagedRow {

	static StagedFigure voiding(long row, String sourceCode, String key) {
		return new StagedFigure(row, sourceCode, key, true, null, null, null, null, null, null, null, null,
				StagedRow.VOID);
	}

	/** The content in the order of {@link StatedFigureRules#TABLES}' columns. */
	@Override
	public void writeContent(StagedValues values) {
		values.day(asOf).number(periodDays).text(category).text(originCountry).text(entryPoint).text(adm1)
			.number(persons).text(url);
	}
}
