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

	/**
	 * A batch of rows refused: {@code errorCount} problems found in {@code rows} rows, of which {@code listed} are
	 * given (a batch may have more than are worth listing).
	 */
	public static InvalidInputException ofRows(List<InputError> listed, long errorCount, long rows) {
		String detail = (errorCount == 1 ? "1 problem was found in " : errorCount + " problems were found in ") + rows
				+ (rows == 1 ? " row" : " rows") + "; nothing was written."
				+ (errorCount > listed.size() ? " The first " + listed.size() + " are listed." : "");
		return new InvalidInputException(detail, listed);
	}

	/** A batch with no data rows at all. */
	public static InvalidInputException noRows() {
		return of(List.of(new InputError(null, null, null, "The input has no data rows: nothing to record.")));
	}

	public List<InputError> errors() {
		return errors;
	}
}
