package org.homeward.access.internal;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Page sessions that follow their account: at each request the account is read again (one query), and the session
 * acts with its current roles and password state; the session of an account disabled or removed is signed out. A
 * data officer's area is read at each request already, by {@link org.homeward.access.Scopes}.
 */
final class AccountSessions implements SecurityContextRepository {

	/** Where sessions keep their sign-in, as Spring Security keeps it by default. */
	private final SecurityContextRepository stored = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
	private final UserRepository users;

	AccountSessions(UserRepository users) {
		this.users = users;
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		DeferredSecurityContext signedIn = stored.loadDeferredContext(request);
		return new DeferredSecurityContext() {

			private SecurityContext current;

			@Override
			public SecurityContext get() {
				if (current == null) {
					current = asTheAccountStands(request, signedIn.get());
				}
				return current;
			}

			@Override
			public boolean isGenerated() {
				return signedIn.isGenerated() || get().getAuthentication() == null;
			}
		};
	}

	@Override
	@SuppressWarnings("deprecation")
	public SecurityContext loadContext(HttpRequestResponseHolder holder) {
		return asTheAccountStands(holder.getRequest(), stored.loadContext(holder));
	}

	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		stored.saveContext(context, request, response);
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return stored.containsContext(request);
	}

	private SecurityContext asTheAccountStands(HttpServletRequest request, SecurityContext context) {
		Authentication signedIn = context.getAuthentication();
		if (!(signedIn instanceof UsernamePasswordAuthenticationToken) || !signedIn.isAuthenticated()) {
			return context;
		}
		Optional<AccountStanding> standing = users.standing(signedIn.getName()).filter(AccountStanding::enabled);
		if (standing.isEmpty()) {
			// signed out for good: enabling the account again needs a new sign-in
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
			}
			request.removeAttribute(RequestAttributeSecurityContextRepository.DEFAULT_REQUEST_ATTR_NAME);
			return SecurityContextHolder.createEmptyContext();
		}
		UsernamePasswordAuthenticationToken current = UsernamePasswordAuthenticationToken
			.authenticated(signedIn.getPrincipal(), null, standing.get().authorities());
		current.setDetails(signedIn.getDetails());
		SecurityContext now = SecurityContextHolder.createEmptyContext();
		now.setAuthentication(current);
		return now;
	}
}
