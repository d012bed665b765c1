package org.homeward.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/** Input that was read but cannot be accepted; lists every problem at once and nothing was written. */
public class InvalidInputException extends ProblemException {

	private final List<InputError> errors;

	public InvalidInputException(String detail, List<InputError> errors) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-input", "Invalid input", detail,
				Map.of("errors", List.copyOf(errors)));
		this.errors = List.copyOf(errors);
	}

	public static InvalidInputException of(List<InputError> errors) {
		String detail = errors.size() == 1 ? errors.get(0).message()
				: errors.size() + " problems were found; nothing was written.";
		return new InvalidInputException(detail, errors);
	}

	public List<InputError> errors() {
		return errors;
	}
}
