package org.homeward.web.internal;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

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

	static final String TITLE = "Database unavailable";
	static final String DETAIL = "Homeward cannot reach its database at the moment, so nothing was read or written. "
			+ "Try again in a minute; a request sent with an Idempotency-Key can be sent again as it is.";
	static final String RETRY_AFTER_SECONDS = "30";

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

	private final ObjectMapper json;

	DatabaseOutage(ObjectMapper json) {
		this.json = json;
	}

	/** Whether a failure comes from the database being out of reach, rather than from the request. */
	static boolean isCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof SQLTransientConnectionException) {
				return true;
			}
			// SQL state class 08: connection exception (the server went away mid-statement or at commit)
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	static void logOnce(Throwable failure) {
		log.warn("database unavailable: {}", failure.getMessage());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException failure) {
			if (!isCause(failure) || response.isCommitted()) {
				throw failure;
			}
			logOnce(failure);
			response.resetBuffer();
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				ProblemResponse.write(json, request, response, HttpStatus.SERVICE_UNAVAILABLE.value(),
						"database-unavailable", TITLE, DETAIL);
			}
			else {
				response.setContentType("text/html;charset=UTF-8");
				response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + TITLE
						+ "</title></head><body><main><h1>" + TITLE + "</h1><p>" + HtmlUtils.htmlEscape(DETAIL)
						+ "</p></main></body></html>");
			}
		}
	}
}
