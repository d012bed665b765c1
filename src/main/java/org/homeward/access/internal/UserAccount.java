package org.homeward.access.internal;

import java.time.Instant;
import java.util.Set;

import org.homeward.access.Role;

/**
 * A person's account as stored: credentials, roles, area of responsibility (a data officer's), the source it writes
 * as (a partner's) and lockout state.
 */
record UserAccount(long id, String username, String passwordHash, String displayName, String language,
		boolean enabled, boolean mustChangePassword, int failedLogins, Instant lockedUntil, Set<Role> roles,
		Set<String> scope, String source) {

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	AccountStanding standing() {
		return new AccountStanding(enabled, mustChangePassword, roles);
	}
}
