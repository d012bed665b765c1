package org.homeward.returns;

import java.time.LocalDate;
import java.util.List;

/**
 * Which records of a source to list: days, category, a place (an admin unit the records name at any level, or
 * an entry point), one record id, and the area the reader is limited to (null: no limit).
 */
public record RecordFilter(String source, LocalDate from, LocalDate to, ReturnCategory category, String place,
		String recordId, List<String> area, boolean includeVoided) {

	public RecordFilter {
		area = area == null ? null : List.copyOf(area);
		place = place == null || place.isBlank() ? null : place.strip().toUpperCase(java.util.Locale.ROOT);
		recordId = recordId == null || recordId.isBlank() ? null : recordId.strip();
	}
}
