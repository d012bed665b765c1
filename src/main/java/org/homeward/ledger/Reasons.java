package org.homeward.ledger;

import java.util.List;

import org.homeward.web.InputError;
import org.homeward.web.InvalidInputException;

/** What the reason given for a correction or a void may hold: text kept with the version it explains. */
public final class Reasons {

	public static final int MAX_LENGTH = 1_000;

	private Reasons() {
	}

	/** Refuses a reason that is too long or is not {@link FreeText#isLines text of lines}; none passes. */
	public static void check(String reason) {
		if (reason == null) {
			return;
		}
		if (reason.length() > MAX_LENGTH) {
			throw refused(reason, "A reason has at most " + MAX_LENGTH + " characters.");
		}
		if (!FreeText.isLines(reason)) {
			throw refused(reason, "A reason is text: it holds no control characters other than line breaks and tabs.");
		}
	}

	private static InvalidInputException refused(String reason, String message) {
		return InvalidInputException.of(List.of(InputError.field("reason", reason, message)));
	}
}
