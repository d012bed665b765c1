package org.homeward.web.internal;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.homeward.web.ProblemResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.ObjectMapper;

/**
 * When the database cannot be reached, every request is answered 503 with a message that says so and that
 * nothing was written, instead of an internal error. The connection pool drops broken connections and opens new
 * ones when the database is back, so Homeward recovers by itself. The filter catches what is thrown before a
 * controller runs (token and account look-ups); the advices catch what controllers throw.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseOutage extends OncePerRequestFilter {

	/** What kept a request from the database: it is out of reach, or every connection is in use. */
	enum Trouble {
		UNREACHABLE("database-unavailable", "Database unavailable", "Homeward cannot reach its database at the "
				+ "moment, so nothing was read or written. Try again in a minute; a request sent with an "
				+ "Idempotency-Key can be sent again as it is.", "30"),
		BUSY("database-busy", "Homeward is busy", "Every connection to the database stayed in use for 5 seconds, "
				+ "so this request could not be completed. Send it again in a few seconds: a file sent again with "
				+ "the same Idempotency-Key, or a record or correction sent again, is applied only once.", "5");

		final String code;
		final String title;
		final String detail;
		final String retryAfterSeconds;

		Trouble(String code, String title, String detail, String retryAfterSeconds) {
			this.code = code;
			this.title = title;
			this.detail = detail;
			this.retryAfterSeconds = retryAfterSeconds;
		}
	}

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

	private final ObjectMapper json;

	DatabaseOutage(ObjectMapper json) {
		this.json = json;
	}

	/**
	 * Whether a failure comes from the database rather than from the request, and which: the pool's time-out
	 * without a failed connection behind it means the pool was busy; a failed connection means the database is
	 * out of reach.
	 */
	static Optional<Trouble> of(Throwable failure) {
		boolean resourceFailure = false;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			// a commit or rollback the driver refused with no state to read: the connection under it is gone. A
			// rollback on a dropped connection fails too and is all that is thrown, hiding what failed before it
			if (cause instanceof TransactionSystemException ended && ended.getCause() instanceof SQLException) {
				return Optional.of(Trouble.UNREACHABLE);
			}
			if (cause instanceof SQLTransientConnectionException timeout) {
				return Optional.of(timeout.getCause() == null && timeout.getSQLState() == null ? Trouble.BUSY
						: Trouble.UNREACHABLE);
			}
			// SQL state class 08: connection exception (the server went away mid-statement or at commit)
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return Optional.of(Trouble.UNREACHABLE);
			}
			resourceFailure |= cause instanceof DataAccessResourceFailureException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof TransientDataAccessResourceException;
			if (cause.getCause() == cause) {
				break;
			}
		}
		return resourceFailure ? Optional.of(Trouble.UNREACHABLE) : Optional.empty();
	}

	static void logOnce(Trouble trouble, Throwable failure) {
		log.warn("{}: {}", trouble.code, failure.getMessage());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException failure) {
			Optional<Trouble> trouble = of(failure);
			if (trouble.isEmpty() || response.isCommitted()) {
				throw failure;
			}
			Trouble what = trouble.get();
			logOnce(what, failure);
			response.resetBuffer();
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader("Retry-After", what.retryAfterSeconds);
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				ProblemResponse.write(json, request, response, HttpStatus.SERVICE_UNAVAILABLE.value(), what.code,
						what.title, what.detail);
			}
			else {
				response.setContentType("text/html;charset=UTF-8");
				response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
						+ what.title + "</title></head><body><main><h1>" + what.title + "</h1><p>"
						+ HtmlUtils.htmlEscape(what.detail) + "</p></main></body></html>");
			}
		}
	}
}
