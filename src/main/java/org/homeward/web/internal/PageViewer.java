package org.homeward.web.internal;

import java.util.Arrays;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is looking at a page, for its header and the links it offers: templates ask {@code @viewer.name()} and
 * {@code @viewer.any('ADMIN', 'COORDINATOR')}. A bean rather than a model attribute, so that error pages, which no
 * controller fills, know it too. Links only; the security rules decide what may actually be done.
 */
@Component("viewer")
public class PageViewer {

	/** The signed-in user's name, or null for a visitor. */
	public String name() {
		Authentication authentication = signedIn();
		return authentication == null ? null : authentication.getName();
	}

	/** Whether the signed-in user has any of these roles (ADMIN, COORDINATOR, DATA_OFFICER, ANALYST, PARTNER). */
	public boolean any(String... roles) {
		Authentication authentication = signedIn();
		return authentication != null && authentication.getAuthorities().stream()
			.anyMatch(authority -> Arrays.stream(roles).anyMatch(role -> authority.getAuthority().equals("ROLE_" + role)));
	}

	private static Authentication signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return null;
		}
		return authentication;
	}
}
