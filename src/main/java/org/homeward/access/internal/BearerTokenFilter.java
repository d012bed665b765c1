package org.homeward.access.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <token>} as the token's user, as the account
 * stands now. A token that is unknown, revoked or whose user is disabled is answered 401 at once, never treated as
 * anonymous.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	interface Refusal {
		void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException;
	}

	private final ApiTokens tokens;
	private final Refusal refusal;

	BearerTokenFilter(ApiTokens tokens, Refusal refusal) {
		this.tokens = tokens;
		this.refusal = refusal;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<UserAccount> user = tokens.authenticate(header.substring(7).strip(), ApiTokens.Purpose.API);
		if (user.isEmpty()) {
			refusal.refuse(request, response);
			return;
		}
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
				user.get().username(), null, user.get().standing().authorities());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
