package org.homeward.registrations.internal;

import java.time.LocalDate;

import org.homeward.ledger.StagedRow;
import org.homeward.ledger.StagedValues;
import org.homeward.registrations.Relationship;

/**
 * A validated registration, ready to stage (its key is the source's registration id); a void sets only the source
 * and key. {@code personalData} is already encrypted, and {@code contentHash} keyed.
 */
record StagedRegistration(long row, String sourceCode, String key, boolean voided, String householdId,
		Relationship relationship, String sex, String category, LocalDate returnedOn, LocalDate registeredOn,
		String adm1, String adm2, String adm3, String adm4, String originCountry, String entryPoint,
		String personalData, String contentHash) implements StagedRow {

	/** The content in the order of {@link RegistrationRules#TABLES}' columns. */
	@Override
	public void writeContent(StagedValues values) {
		values.text(householdId).text(relationship.name()).text(sex).text(category).day(returnedOn).day(registeredOn)
			.text(adm1).text(adm2).text(adm3).text(adm4).text(originCountry).text(entryPoint).text(personalData);
	}
}
