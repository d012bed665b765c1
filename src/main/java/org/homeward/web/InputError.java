package org.homeward.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One reason a piece of input was refused: where it is (the row of a file, when there is one, and the field or
 * HXL column), the value as received, and what is wrong with it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InputError(Long row, String column, String value, String message) {

	/** Longer values are cut in the answer: a 10 MB cell is named, not echoed. */
	public static final int MAX_VALUE_LENGTH = 200;

	public InputError {
		if (message == null || message.isBlank()) {
			throw new IllegalArgumentException("an input error needs a message");
		}
		if (value != null && value.length() > MAX_VALUE_LENGTH) {
			value = value.substring(0, MAX_VALUE_LENGTH) + "… (" + value.length() + " characters)";
		}
	}

	/** An error in a field of a JSON request, which has no rows. */
	public static InputError field(String field, Object value, String message) {
		return new InputError(null, field, value == null ? null : String.valueOf(value), message);
	}
}
