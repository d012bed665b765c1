package org.homeward.reconstruction.internal;

import java.time.LocalDate;

import org.homeward.ledger.StagedRow;
import org.homeward.ledger.StagedValues;
import org.homeward.reconstruction.FacilityStatus;

/** A validated facility event, ready to stage (its key is the event id); a void sets only the source and key. */
record StagedEvent(long row, String sourceCode, String key, boolean voided, String facilityCode,
		String facilityName, String typeCode, String adm1, String settlement, FacilityStatus status, LocalDate day,
		String contentHash) implements StagedRow {

	/** The content in the order of {@link FacilityLedgerRules#TABLES}' staged columns. */
	@Override
	public void writeContent(StagedValues values) {
		values.text(facilityCode).text(facilityName).text(typeCode).text(adm1).text(settlement).text(status.name())
			.day(day);
	}
}
