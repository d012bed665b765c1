package org.homeward.access.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.homeward.access.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins, locks an account after too many in a row, and writes every failure to the audit trail.
 * A success resets the count ({@link PasswordSignIn}, which also refuses a right password the lock overtook).
 */
@Component
class LoginAttempts {

	private final UserRepository users;
	private final AuditTrail auditTrail;
	private final AccessSettings settings;
	private final Clock clock;

	LoginAttempts(UserRepository users, AuditTrail auditTrail, AccessSettings settings, Clock clock) {
		this.users = users;
		this.auditTrail = auditTrail;
		this.settings = settings;
		this.clock = clock;
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String username = String.valueOf(event.getAuthentication().getName());
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			Instant now = clock.instant();
			users.recordFailedLogin(username, settings.lockout().maxFailedLogins(), now,
					now.plus(settings.lockout().duration()));
		}
		auditTrail.record(username, "login.failed", "user", username,
				Map.of("reason", event.getException().getClass().getSimpleName()), null);
	}

	/** A person signing in to the web application (API calls authenticate on every request and are not logins). */
	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		auditTrail.record(username, "login.succeeded", "user", username, Map.of(), null);
	}
}
