package org.homeward.linkage;

/**
 * A birth date as far as a registration knows it: a year, a month of a year, or a day. Zero stands for a part not
 * known.
 */
public record BirthDate(int year, int month, int day) {

	/** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; null for an absent or unreadable date. */
	public static BirthDate parse(String text) {
		if (text == null || !text.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
			return null;
		}
		String[] parts = text.split("-");
		return new BirthDate(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0,
				parts.length > 2 ? Integer.parseInt(parts[2]) : 0);
	}
}
