package org.homeward.returns;

import java.time.Instant;

/** One version of a return record, with who recorded it, when, and why. */
public record ReturnVersion(String source, String recordId, int version, boolean voided, ReturnCount content,
		Instant recordedAt, String recordedBy, Long importId, String reason) {
}
