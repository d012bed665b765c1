package org.homeward.web;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A request Homeward cannot satisfy, described in the user's terms; answered as RFC 9457 problem details
 * whose {@code type} is {@code /problems/{code}}.
 */
public class ProblemException extends RuntimeException {

	private final HttpStatus status;
	private final String code;
	private final String title;
	private final Map<String, Object> properties;

	public ProblemException(HttpStatus status, String code, String title, String detail) {
		this(status, code, title, detail, Map.of());
	}

	public ProblemException(HttpStatus status, String code, String title, String detail,
			Map<String, Object> properties) {
		super(detail);
		this.status = status;
		this.code = code;
		this.title = title;
		this.properties = Map.copyOf(properties);
	}

	/** An id or code that names nothing Homeward knows. */
	public static ProblemException notFound(String what, String id) {
		return new ProblemException(HttpStatus.NOT_FOUND, "not-found", what + " not found",
				"No " + what.toLowerCase(java.util.Locale.ROOT) + " has the code '" + id + "'.", Map.of("id", id));
	}

	/** A request parameter or field whose value cannot be used. */
	public static ProblemException invalid(String field, Object value, String message) {
		return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
				field + ": " + message, Map.of("parameter", field, "value", String.valueOf(value)));
	}

	/** The request is valid but contradicts what Homeward already holds. */
	/** The user is known but this thing lies outside what they may see or change (a data officer's area). */
	public static ProblemException outsideScope(String detail) {
		return new ProblemException(HttpStatus.FORBIDDEN, "outside-scope", "Outside your scope", detail);
	}

	public static ProblemException conflict(String code, String detail) {
		return new ProblemException(HttpStatus.CONFLICT, code, "Conflict with recorded data", detail);
	}

	public HttpStatus status() {
		return status;
	}

	public String code() {
		return code;
	}

	public String title() {
		return title;
	}

	public Map<String, Object> properties() {
		return properties;
	}
}
