package org.homeward.web;

/**
 * Keeps text that a spreadsheet would run as a formula from running: a cell starting with =, +, -, @, a tab or a
 * carriage return gets a leading apostrophe (OWASP's advice against CSV injection).
 */
public final class SpreadsheetText {

	private SpreadsheetText() {
	}

	public static String neutralise(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
		return formula ? "'" + text : text;
	}
}
