package org.homeward.situation.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.homeward.ledger.FreeText;
import org.homeward.web.DayRange;
import org.homeward.web.InputError;
import org.homeward.web.InvalidInputException;

/** Collects every problem of one request about the situation, named by field, to refuse the request whole. */
public final class Problems {

	private final List<InputError> errors = new ArrayList<>();
	private final LocalDate today;
	private final Function<String, Optional<String>> registeredSource;

	/**
	 * @param today the home country's today, after which no day has happened yet
	 * @param registeredSource the code of the registered source a code as sent names, if one does
	 */
	public Problems(LocalDate today, Function<String, Optional<String>> registeredSource) {
		this.today = today;
		this.registeredSource = registeredSource;
	}

	public void add(String field, Object value, String message) {
		errors.add(InputError.field(field, value, message));
	}

	/** The code of the registered source that reports the item; null, and a problem, when there is none. */
	public String source(String code) {
		if (code == null || code.isBlank()) {
			add("source", code, "Name the source that reports this.");
			return null;
		}
		return registeredSource.apply(code).orElseGet(() -> {
			add("source", code, "No source is registered with this code.");
			return null;
		});
	}

	/** A day that has happened: required, not after today, and one the ledgers can hold. */
	public void notFuture(String field, LocalDate day) {
		if (day == null) {
			add(field, null, "The day is required (YYYY-MM-DD).");
		}
		else if (day.isAfter(today)) {
			add(field, day, "The day is after today (" + today + ").");
		}
		else {
			held(field, day);
		}
	}

	/** A day, planned or past, that the ledgers can hold. */
	public void held(String field, LocalDate day) {
		if (day != null && !DayRange.holds(day)) {
			add(field, day, "The day must be from " + DayRange.FIRST_DAY + " to " + DayRange.LAST_DAY + ".");
		}
	}

	/** A name or a title: one line, required. */
	public void requiredLine(String field, String text, int maxLength) {
		if (required(field, text)) {
			line(field, text, maxLength);
		}
	}

	/** A reason: lines, required. */
	public void requiredLines(String field, String text, int maxLength) {
		if (required(field, text)) {
			lines(field, text, maxLength);
		}
	}

	public void line(String field, String text, int maxLength) {
		if (maxLength(field, text, maxLength) && !FreeText.isOneLine(text)) {
			add(field, text, FreeText.ONE_LINE);
		}
	}

	public void lines(String field, String text, int maxLength) {
		if (maxLength(field, text, maxLength) && !FreeText.isLines(text)) {
			add(field, text, FreeText.LINES);
		}
	}

	/** An http or https address of at most 1000 characters, or none. */
	public void link(String field, String link) {
		if (link == null || link.isBlank()) {
			return;
		}
		try {
			URI uri = URI.create(link.strip());
			if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
				add(field, link, "A link is an http or https address.");
			}
		}
		catch (IllegalArgumentException e) {
			add(field, link, "A link is an http or https address.");
		}
		line(field, link, 1000);
	}

	/** Refuses the request, naming every problem, when it has any. */
	public void throwIfAny() {
		if (!errors.isEmpty()) {
			throw InvalidInputException.of(errors);
		}
	}

	/** A text as it is kept: stripped, and none when blank. */
	public static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private boolean required(String field, String text) {
		if (text == null || text.isBlank()) {
			add(field, text, "This field is required.");
			return false;
		}
		return true;
	}

	/** Whether the text fits (or is absent); a text too long is named once, for its length. */
	private boolean maxLength(String field, String text, int maxLength) {
		if (text != null && text.length() > maxLength) {
			add(field, text, "At most " + maxLength + " characters.");
			return false;
		}
		return true;
	}
}
