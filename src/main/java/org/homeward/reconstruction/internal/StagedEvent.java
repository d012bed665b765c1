package org.homeward.reconstruction.internal;

import java.time.LocalDate;

import org.homeward.reconstruction.FacilityStatus;

/** A validated facility event, ready to stage; for a void only the source and event id are set. */
record StagedEvent(long row, String sourceCode, String eventId, boolean voided, String facilityCode,
		String facilityName, String typeCode, String adm1, String settlement, FacilityStatus status, LocalDate day,
		String contentHash) {
}
