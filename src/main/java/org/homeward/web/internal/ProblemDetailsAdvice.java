package org.homeward.web.internal;

import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;

import org.homeward.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns every error an API call can meet into RFC 9457 problem details with a stable {@code type} and a
 * {@code code}: Homeward's own problems, Spring MVC's (wrong method, unreadable body, bad parameter, no such
 * path), and, logged once here, anything unexpected.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<ProblemDetail> handleProblem(ProblemException problem) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
		body.setTitle(problem.title());
		typed(body, problem.code());
		problem.properties().forEach(body::setProperty);
		return ResponseEntity.status(problem.status()).body(body);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> handleTypeMismatch(MethodArgumentTypeMismatchException mismatch) {
		String expected = mismatch.getRequiredType() == null ? "another type" : mismatch.getRequiredType().getSimpleName();
		String detail = mismatch.getMostSpecificCause() instanceof RequestDays.OutsideDayRange outside
				? mismatch.getName() + ": '" + mismatch.getValue() + "' " + outside.getMessage()
				: mismatch.getName() + ": '" + mismatch.getValue() + "' is not a valid " + expected + ".";
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		body.setTitle("Invalid parameter");
		typed(body, "invalid-parameter");
		body.setProperty("parameter", mismatch.getName());
		body.setProperty("value", String.valueOf(mismatch.getValue()));
		return ResponseEntity.badRequest().body(body);
	}

	/** The firewall checks some headers only when they are read, by then inside a controller. */
	@ExceptionHandler(RequestRejectedException.class)
	ResponseEntity<ProblemDetail> handleRejected(RequestRejectedException rejected) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request was refused: " + rejected.getMessage().replaceAll("\\p{Cntrl}", "?"));
		body.setTitle("Request rejected");
		typed(body, "request-rejected");
		return ResponseEntity.badRequest().body(body);
	}

	/**
	 * Two requests raced for the same new row or lock and this one lost; its transaction wrote nothing. Single
	 * records are run again before it comes to this; what still loses is answered as a conflict to send again.
	 */
	@ExceptionHandler({ DuplicateKeyException.class, PessimisticLockingFailureException.class })
	ResponseEntity<ProblemDetail> handleRace(org.springframework.dao.DataAccessException race) {
		return handleProblem(lostRace(race));
	}

	/** The conflict a request that lost a race is answered with, on the API and on pages alike. */
	static ProblemException lostRace(org.springframework.dao.DataAccessException race) {
		log.info("concurrent change refused: {}", firstLine(race.getMostSpecificCause().getMessage()));
		return ProblemException.conflict("concurrent-change", "Another request changed the same records or figures "
				+ "at the same moment, so nothing was written. Send it again.");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> handleUnexpected(Exception unexpected) {
		java.util.Optional<DatabaseOutage.Trouble> trouble = DatabaseOutage.of(unexpected);
		if (trouble.isPresent()) {
			DatabaseOutage.Trouble what = trouble.get();
			DatabaseOutage.logOnce(what, unexpected);
			ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, what.detail);
			body.setTitle(what.title);
			typed(body, what.code);
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, what.retryAfterSeconds).body(body);
		}
		log.error("Unexpected error while answering a request", unexpected);
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Homeward could not complete this request. The error has been logged; nothing was written.");
		body.setTitle("Internal error");
		typed(body, "internal-error");
		return ResponseEntity.internalServerError().body(body);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, unreadableDetail(unreadable));
		body.setTitle("Unreadable request body");
		typed(body, "unreadable-body");
		return handleExceptionInternal(unreadable, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	/** Says where the body went wrong (field, line, column) without Java class names or parser hints. */
	private static String unreadableDetail(HttpMessageNotReadableException unreadable) {
		if (!(unreadable.getMostSpecificCause() instanceof JacksonException jackson)) {
			return "The request body is empty or not valid JSON.";
		}
		StringBuilder detail = new StringBuilder("The request body could not be read");
		String field = jackson.getPath().stream().map(reference -> reference.getPropertyName() != null
				? reference.getPropertyName() : "[" + reference.getIndex() + "]").collect(Collectors.joining("."));
		if (!field.isEmpty()) {
			detail.append(" at field '").append(field).append('\'');
		}
		if (jackson.getLocation() != null && jackson.getLocation().getLineNr() > 0) {
			detail.append(" (line ").append(jackson.getLocation().getLineNr()).append(", column ")
				.append(jackson.getLocation().getColumnNr()).append(')');
		}
		String reason = firstLine(jackson.getOriginalMessage());
		int hint = reason.indexOf(" (set ");
		reason = (hint < 0 ? reason : reason.substring(0, hint)).replaceAll("`(?:[a-z][\\w]*\\.)+([A-Z][\\w$]*)`", "$1");
		return detail.append(": ").append(reason).toString();
	}

	/** Spring MVC's own problems (405, 404, 415, missing parameter, ...) get our type and code too. */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem
				&& (problem.getType() == null || problem.getType().equals(URI.create("about:blank")))) {
			typed(problem, CODES.getOrDefault(statusCode.value(), "http-" + statusCode.value()));
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private static final Map<Integer, String> CODES = Map.of(400, "bad-request", 404, "not-found", 405,
			"method-not-allowed", 406, "not-acceptable", 413, "payload-too-large", 415, "unsupported-media-type");

	private static void typed(ProblemDetail body, String code) {
		body.setType(URI.create("/problems/" + code));
		body.setProperty("code", code);
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "";
		}
		int newline = message.indexOf('\n');
		String line = newline < 0 ? message : message.substring(0, newline);
		return line.length() > 300 ? line.substring(0, 300) + "…" : line;
	}
}
