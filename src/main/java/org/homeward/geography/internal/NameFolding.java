package org.homeward.geography.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a name for searching, so that a person typing without accents, hamza or the "right" Arabic letter
 * still finds the place: "Dar'a" ~ "Dara", "Idleb" ~ "idleb", "إدلب" ~ "ادلب", "حماة" ~ "حماه".
 */
public final class NameFolding {

	private NameFolding() {
	}

	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		// NFD splits accented Latin letters, hamza-carrying Arabic letters (أ إ آ ؤ ئ) and Cyrillic й/ё into a
		// base letter and a combining mark; the marks (with Arabic harakat) are then dropped.
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder folded = new StringBuilder(decomposed.length());
		boolean lastWasSpace = true;
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK || c == 'ـ' /* tatweel */) {
				continue;
			}
			char mapped = switch (c) {
				case 'ٱ' -> 'ا'; // alef wasla
				case 'ة' -> 'ه'; // taa marbuta is written and typed as haa
				case 'ى', 'ی' -> 'ي'; // alef maqsura, Persian yeh
				case 'ک' -> 'ك'; // Persian kaf
				case '\'', '’', '‘', '`', 'ʼ', 'ʿ', 'ʾ' -> '\0'; // apostrophes for ayn and hamza in transliterations
				default -> c;
			};
			if (mapped == '\0') {
				continue;
			}
			if (Character.isLetterOrDigit(mapped)) {
				folded.append(Character.toLowerCase(mapped));
				lastWasSpace = false;
			}
			else if (!lastWasSpace) {
				folded.append(' ');
				lastWasSpace = true;
			}
		}
		int end = folded.length();
		if (end > 0 && folded.charAt(end - 1) == ' ') {
			folded.setLength(end - 1);
		}
		return folded.toString().toLowerCase(Locale.ROOT);
	}
}
