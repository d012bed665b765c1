package org.homeward.web;

/**
 * Keeps text that a spreadsheet would run as a formula from running, and gives it back as it was. A spreadsheet
 * starts a formula at the start of a cell, and a cell starts at the start of the text or after a separator that
 * some locale's CSV uses ({@code ,} {@code ;} tab) or a line break: there, text that begins with =, +, -, @, a tab
 * or a carriage return gets an apostrophe (OWASP's advice against CSV injection). So that an export imports again
 * unchanged, text that begins there with apostrophes before such a character gets one more, and reading takes one
 * away: {@code =1+2} is written {@code '=1+2}, {@code '=1+2} is written {@code ''=1+2}, {@code 'abc} stays.
 */
public final class SpreadsheetText {

	private static final String SEPARATORS = ",;\t\r\n";
	private static final String FORMULA_STARTS = "=+-@\t\r";

	private SpreadsheetText() {
	}

	/** The text with an apostrophe before every place where a spreadsheet would start a formula. */
	public static String neutralise(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		StringBuilder written = null;
		for (int i = 0; i < text.length(); i++) {
			if (startsCell(text, i) && formulaAfterApostrophes(text, i)) {
				if (written == null) {
					written = new StringBuilder(text.length() + 4).append(text, 0, i);
				}
				written.append('\'');
			}
			if (written != null) {
				written.append(text.charAt(i));
			}
		}
		return written == null ? text : written.toString();
	}

	/** The text as it was before {@link #neutralise}: each apostrophe it added taken away again. */
	public static String restore(String text) {
		if (text == null || text.indexOf('\'') < 0) {
			return text;
		}
		StringBuilder read = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			if (!(text.charAt(i) == '\'' && startsCell(text, i) && formulaAfterApostrophes(text, i + 1))) {
				read.append(text.charAt(i));
			}
		}
		return read.toString();
	}

	private static boolean startsCell(String text, int i) {
		return i == 0 || SEPARATORS.indexOf(text.charAt(i - 1)) >= 0;
	}

	private static boolean formulaAfterApostrophes(String text, int i) {
		int next = i;
		while (next < text.length() && text.charAt(next) == '\'') {
			next++;
		}
		return next < text.length() && FORMULA_STARTS.indexOf(text.charAt(next)) >= 0;
	}
}
