package org.homeward.access.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.homeward.web.ProblemResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * An account with a one-time password (the first administrator's from the log, any account an administrator makes
 * or resets) may change it and sign out, and nothing else until it has: a page sends it to the form, the API and a
 * request for JSON are answered 403 {@code password-change-required}. Its API tokens wait too.
 */
final class PasswordChangeRequired extends OncePerRequestFilter {

	static final String FORM = "/account/password";

	/** What the form needs besides itself: signing out, and what the page is made of. */
	private static final RequestMatcher OPEN = new OrRequestMatcher(List.of(FORM, "/logout", "/css/**", "/js/**",
			"/fonts/**", "/favicon.ico", "/error").stream()
		.map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(path)).toList());

	private final ObjectMapper json;
	private final boolean pages;

	private PasswordChangeRequired(ObjectMapper json, boolean pages) {
		this.json = json;
		this.pages = pages;
	}

	/** For the pages: they send the account to the form. */
	static PasswordChangeRequired onPages(ObjectMapper json) {
		return new PasswordChangeRequired(json, true);
	}

	/** For the API, which has no form: every request is refused. */
	static PasswordChangeRequired onApi(ObjectMapper json) {
		return new PasswordChangeRequired(json, false);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!mustChange(SecurityContextHolder.getContext().getAuthentication()) || pages && OPEN.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		if (pages && !wantsJson(request)) {
			response.sendRedirect(request.getContextPath() + FORM + "?first");
			return;
		}
		ProblemResponse.write(json, request, response, 403, "password-change-required", "Password change required",
				"This account still has the one-time password it was given: sign in to the web application and choose "
						+ "your own at " + FORM + " before anything else.");
	}

	private static boolean mustChange(Authentication authentication) {
		return authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
			.anyMatch(AccountStanding.PASSWORD_CHANGE_REQUIRED::equals);
	}

	private static boolean wantsJson(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains("json") && !accept.contains("text/html");
	}
}
