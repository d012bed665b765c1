package org.homeward.reconstruction;

import java.util.Map;

/** One facility status event as received: its row number in the file (0 for JSON) and the text of each field. */
public record FacilityRowInput(long row, Map<FacilityField, String> values) {

	public FacilityRowInput {
		values = Map.copyOf(values);
	}

	public String raw(FacilityField field) {
		return values.get(field);
	}

	/** The trimmed text of a field, or null when absent or blank. */
	public String text(FacilityField field) {
		String value = values.get(field);
		return value == null || value.isBlank() ? null : value.strip();
	}
}
