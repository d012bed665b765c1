package org.homeward.reconstruction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A facility as its source registered it, with the status events that count, in the order they happened. */
public record FacilityHistory(String source, String code, String type, String settlement, String governorate,
		String name, List<Event> events) {

	public FacilityHistory {
		events = List.copyOf(events);
	}

	/** One status event in its current version. */
	public record Event(String id, FacilityStatus status, LocalDate on, int version, Instant recordedAt,
			String recordedBy, String reason) {
	}
}
