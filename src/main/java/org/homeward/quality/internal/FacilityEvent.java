package org.homeward.quality.internal;

import java.time.LocalDate;
import java.util.Objects;

import org.homeward.reconstruction.FacilityStatus;

/** One status event of a facility, in its current version, as the validation rules see it. */
public record FacilityEvent(String source, String id, String facility, String adm1, FacilityStatus status,
		LocalDate day) {

	public FacilityEvent {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(facility, "facility");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(day, "day");
	}
}
