package org.homeward.reconstruction;

/** A registered kind of facility ({@code school}, {@code bakery}, ...) with its plural names in en, ru and ar. */
public record FacilityType(String code, String nameEn, String nameRu, String nameAr, int ordinal) {
}
