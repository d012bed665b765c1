package org.homeward.briefing;

import java.time.Instant;
import java.time.LocalDate;

/** A briefing as it was issued: for which day, period and source, as known when, by whom. */
public record IssuedBriefing(long id, LocalDate asOf, int days, String source, Instant knownAt, Instant issuedAt,
		String issuedBy) {
}
