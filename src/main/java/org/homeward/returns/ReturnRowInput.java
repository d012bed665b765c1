package org.homeward.returns;

import java.util.Map;

/**
 * One row as received, before validation: its number in the file (1-based, header rows included, as a person
 * sees it in a spreadsheet; 0 for input that has no rows, such as JSON) and the text of each field present.
 */
public record ReturnRowInput(long row, Map<ReturnField, String> values) {

	public ReturnRowInput {
		values = Map.copyOf(values);
	}

	/** The value exactly as received, or null when the field is absent. */
	public String raw(ReturnField field) {
		return values.get(field);
	}

	/** The trimmed text of a field, or null when the field is absent or blank. */
	public String text(ReturnField field) {
		String value = values.get(field);
		return value == null || value.isBlank() ? null : value.strip();
	}
}
