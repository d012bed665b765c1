package org.homeward.ledger;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

/**
 * What a source's own id may hold (a return record's id, a facility event's id, a facility's code): letters, marks
 * and digits of any script, spaces and printable ASCII signs except {@code %} and {@code ;}, which no firewall lets
 * through a path, at most {@value #MAX_LENGTH} characters, no part between slashes that is {@code .} or {@code ..}.
 * So every id that is kept can be named in a link once its path segment is percent-encoded.
 */
public final class SourceIds {

	public static final int MAX_LENGTH = 100;

	private SourceIds() {
	}

	/** What is wrong with an id (already stripped), or null when it may be kept. */
	public static String problem(String id) {
		if (id.length() > MAX_LENGTH) {
			return "An id has at most " + MAX_LENGTH + " characters.";
		}
		int refused = id.codePoints().filter(c -> !allowed(c)).findFirst().orElse(-1);
		if (refused >= 0) {
			return "An id holds letters, digits, spaces and signs such as - _ . : / ' \" ( ) = + @; not "
					+ shown(refused) + ".";
		}
		for (String part : id.split("/", -1)) {
			if (part.equals(".") || part.equals("..")) {
				return "An id has no part . or .. between slashes: a link to the record would lead elsewhere.";
			}
		}
		return null;
	}

	/** The id as one segment of a link's path: every character but letters, digits and {@code - . _ ~} encoded. */
	public static String pathSegment(String id) {
		return UriUtils.encode(id, StandardCharsets.UTF_8);
	}

	private static boolean allowed(int c) {
		if (c < 0x80) {
			return c >= 0x20 && c < 0x7F && c != '%' && c != ';';
		}
		return Character.isLetterOrDigit(c) || switch (Character.getType(c)) {
			case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK,
					Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
			default -> false;
		};
	}

	private static String shown(int c) {
		return switch (c) {
			case '%' -> "% (it begins a percent-encoded character in a link)";
			case ';' -> "; (it separates parameters in a link)";
			default -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
					|| Character.getType(c) == Character.SURROGATE || !Character.isDefined(c) || Character.isWhitespace(c)
					|| Character.isSpaceChar(c)
					? String.format("the character U+%04X", c)
					: "'" + new String(Character.toChars(c)) + "' (U+" + String.format("%04X", c) + ")";
		};
	}
}
