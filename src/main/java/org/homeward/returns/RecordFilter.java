package org.homeward.returns;

import java.time.LocalDate;
import java.util.List;

import org.homeward.web.ProblemException;

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

	/** A filter as a page or an export request names it, the category by its exchange name; a 400 for another. */
	public static RecordFilter of(String source, LocalDate from, LocalDate to, String category, String place,
			String recordId, boolean includeVoided, Long importId) {
		ReturnCategory only = category == null || category.isBlank() ? null : ReturnCategory.parse(category)
			.orElseThrow(() -> ProblemException.invalid("category", category,
					"must be idp_returnee or refugee_returnee."));
		return new RecordFilter(source, from, to, only, place, recordId, null, includeVoided, importId);
	}

	/** This filter kept to an area: the places a data officer may read. */
	public RecordFilter within(List<String> places) {
		return new RecordFilter(source, from, to, category, place, recordId, places, includeVoided, importId);
	}
}
