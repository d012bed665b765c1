package org.homeward.quality.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.homeward.returns.ReturnCategory;

/**
 * One return record as the quality checks see it: whose, which day, where to, through which place (its entry
 * point, else its governorate), how many people, and when Homeward first learned of it.
 */
public record Observation(String source, String id, LocalDate day, String adm1, String place,
		ReturnCategory category, int persons, Instant firstRecordedAt) {

	public Observation {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(day, "day");
		Objects.requireNonNull(adm1, "adm1");
		Objects.requireNonNull(place, "place");
		Objects.requireNonNull(category, "category");
	}

	/** The series a record belongs to: its source's counts of its category through its place. */
	String series() {
		return source + '\u0000' + category + '\u0000' + place;
	}
}
