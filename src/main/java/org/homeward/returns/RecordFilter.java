package org.homeward.returns;

import java.time.LocalDate;
import java.util.List;

/**
 * Which records to list: of a source (null: of every source, for the records of one import), days, category, a
 * place (an admin unit the records name at any level, or an entry point), one record id, the area the reader is
 * limited to (null: no limit), and the import that wrote their current version (null: any).
 */
public record RecordFilter(String source, LocalDate from, LocalDate to, ReturnCategory category, String place,
		String recordId, List<String> area, boolean includeVoided, Long importId) {

	public RecordFilter {
		area = area == null ? null : List.copyOf(area);
		place = place == null || place.isBlank() ? null : place.strip().toUpperCase(java.util.Locale.ROOT);
		recordId = recordId == null || recordId.isBlank() ? null : recordId.strip();
	}
}
