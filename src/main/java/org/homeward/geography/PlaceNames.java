package org.homeward.geography;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A place's names in English, Arabic and Russian; only the English name is always known. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlaceNames(String en, String ar, String ru) {

	public PlaceNames {
		if (en == null || en.isBlank()) {
			throw new IllegalArgumentException("a place needs an English name");
		}
		ar = blankToNull(ar);
		ru = blankToNull(ru);
	}

	/** The name in a language ({@code en}, {@code ar}, {@code ru}), falling back to English. */
	public String in(String language) {
		String name = switch (language) {
			case "ar" -> ar;
			case "ru" -> ru;
			default -> en;
		};
		return name == null ? en : name;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
