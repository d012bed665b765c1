package org.homeward.reconstruction;

/**
 * A registered kind of facility ({@code school}, {@code bakery}, ...): its plural names in en, ru and ar, and, per
 * language, an ICU plural message over {@code count} (with {@code n}, the count as running text writes it) that
 * says "a school", "две школы", "مدرستان". Forms may be missing for a type registered later.
 */
public record FacilityType(String code, String nameEn, String nameRu, String nameAr, int ordinal, String formsEn,
		String formsRu, String formsAr) {

	/** The name in a language ({@code en}, {@code ru}, {@code ar}). */
	public String name(String language) {
		return switch (language) {
			case "ru" -> nameRu;
			case "ar" -> nameAr;
			default -> nameEn;
		};
	}

	/** The plural message in a language, or null when none is registered. */
	public String forms(String language) {
		return switch (language) {
			case "ru" -> formsRu;
			case "ar" -> formsAr;
			default -> formsEn;
		};
	}
}
