package org.homeward.ledger;

import java.util.Map;

/**
 * One row as received, before validation: its number in the file (1-based, header rows included, as a person
 * sees it in a spreadsheet; 0 for input that has no rows, such as JSON) and the text of each field present.
 *
 * @param <F> the ledger's fields
 */
public interface RowFields<F> {

	/** Names every field of a ledger, in the order the enum declares them: its JSON fields, say. */
	static <F extends Enum<F>> Map<F, String> named(Class<F> fields, String... names) {
		F[] all = fields.getEnumConstants();
		if (names.length != all.length) {
			throw new IllegalArgumentException(all.length + " fields, " + names.length + " names");
		}
		Map<F, String> named = new java.util.EnumMap<>(fields);
		for (F field : all) {
			named.put(field, names[field.ordinal()]);
		}
		return Map.copyOf(named);
	}

	long row();

	Map<F, String> values();

	/** The value exactly as received, or null when the field is absent. */
	default String raw(F field) {
		return values().get(field);
	}

	/** The trimmed text of a field, or null when the field is absent or blank. */
	default String text(F field) {
		String value = values().get(field);
		return value == null || value.isBlank() ? null : value.strip();
	}
}
