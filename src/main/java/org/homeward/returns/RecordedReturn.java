package org.homeward.returns;

import java.time.Instant;
import java.util.Objects;

/**
 * A return record's current version with the instant its first version was recorded: when Homeward first learned
 * of the day, which a correction later does not move.
 */
public record RecordedReturn(ReturnVersion current, Instant firstRecordedAt) {

	public RecordedReturn {
		Objects.requireNonNull(current, "current");
		Objects.requireNonNull(firstRecordedAt, "firstRecordedAt");
	}
}
