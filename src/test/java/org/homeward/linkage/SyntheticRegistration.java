package org.homeward.linkage;

import java.time.LocalDate;

/**
 * One registration of the synthetic population, as a source wrote it (section 5's columns), with the truth
 * beside it: the person and the household it really is.
 */
public record SyntheticRegistration(String source, String id, String householdId, String relationship,
		String given, String father, String grandfather, String family, String mother, String sex, String birth,
		String nationalId, String category, LocalDate returnedOn, LocalDate registeredOn, String adm1, String adm2,
		String originCountry, String entryPoint, String truePerson, String trueHousehold) {

	/** The registration's name for ever, as linkage results and scores use it. */
	public String key() {
		return source + "/" + id;
	}

	/** Whether the names are written in Arabic script (else Latin or Cyrillic): "arabic", "latin" or "cyrillic". */
	public String script() {
		for (int i = 0; i < given.length(); i++) {
			char c = given.charAt(i);
			if (Character.isLetter(c)) {
				return switch (Character.UnicodeScript.of(c)) {
					case ARABIC -> "arabic";
					case CYRILLIC -> "cyrillic";
					default -> "latin";
				};
			}
		}
		return "latin";
	}
}
