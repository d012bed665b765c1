package org.homeward.ledger;

/**
 * What free text a person writes may hold, in every module: one line (a name, a title) or lines (a note, a
 * summary, a reason). Neither holds a control character beyond line breaks and tabs, nor what XML cannot carry
 * (U+FFFE, U+FFFF, half of a surrogate pair): the briefing's PDF is XHTML, and one such character in a title
 * would keep every document that cites it from rendering.
 */
public final class FreeText {

	/** Why a one-line text was refused. */
	public static final String ONE_LINE = "One line of text with no control characters (a line break is one: write "
			+ "a space instead).";

	/** Why a text of lines was refused. */
	public static final String LINES = "Text with no control characters other than line breaks and tabs.";

	private FreeText() {
	}

	/** Whether a text is one line: no control character at all. Null is no text, and passes. */
	public static boolean isOneLine(String text) {
		return text == null || text.chars().noneMatch(c -> Character.isISOControl(c)) && carriedByXml(text);
	}

	/** Whether a text is lines: no control character but line breaks and tabs. Null is no text, and passes. */
	public static boolean isLines(String text) {
		return text == null || text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r'
				&& c != '\t') && carriedByXml(text);
	}

	/**
	 * The text with each character XML 1.0 cannot carry (control characters other than tab and line breaks,
	 * U+FFFE, U+FFFF, a lone surrogate) replaced by U+FFFD: a document renders text stored before these rules.
	 */
	public static String forXml(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder carried = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1));
			boolean refused = !pair && (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c)
					|| c == '\uFFFE' || c == '\uFFFF');
			if (refused && carried == null) {
				carried = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (carried != null) {
				carried.append(refused ? '\uFFFD' : c);
				if (pair) {
					carried.append(text.charAt(i + 1));
				}
			}
			if (pair) {
				i++;
			}
		}
		return carried == null ? text : carried.toString();
	}

	/** Whether XML carries the text as it is: {@link #forXml} has nothing to replace. */
	private static boolean carriedByXml(String text) {
		return forXml(text) == text;
	}
}
