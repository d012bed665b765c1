package org.homeward.returns.internal;

import org.homeward.ledger.StagedRow;
import org.homeward.ledger.StagedValues;
import org.homeward.returns.ReturnCount;

/**
 * A row that passed validation: which record of which source it names (its key is the source's record id), and
 * either new content or a void. {@code content} is null for a void.
 */
record ValidatedRow(long row, String sourceCode, String key, boolean voided, ReturnCount content,
		String contentHash) implements StagedRow {

	/** The content in the order of {@link ReturnLedgerRules#TABLES}' columns. */
	@Override
	public void writeContent(StagedValues values) {
		ReturnCount.Destination destination = content.destination();
		ReturnCount.AgeBreakdown ages = content.ages();
		values.day(content.day()).text(content.category().name()).number(content.persons())
			.text(destination.adm1()).text(destination.adm2()).text(destination.adm3()).text(destination.adm4())
			.text(content.originCountry()).text(content.originAdm1()).text(content.entryPoint())
			.number(content.female()).number(content.male()).number(ages.age0to4()).number(ages.age5to11())
			.number(ages.age12to17()).number(ages.age18to59()).number(ages.age60plus()).number(content.households());
	}
}
