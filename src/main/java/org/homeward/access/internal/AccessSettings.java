package org.homeward.access.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the access module. {@code homeward.admin.user} and {@code homeward.admin.password} are set by the
 * environment variables {@code HOMEWARD_ADMIN_USER} and {@code HOMEWARD_ADMIN_PASSWORD}; {@code commandLine} is set
 * when Homeward runs as a command rather than a server.
 */
@ConfigurationProperties("homeward")
record AccessSettings(@DefaultValue Admin admin, @DefaultValue Lockout lockout, boolean commandLine) {

	/** The first administrator, created when no user exists; without a password, a one-time one is logged. */
	record Admin(@DefaultValue("admin") String user, String password) {
	}

	/** After this many failed logins in a row, the account is locked for this long. */
	record Lockout(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration duration) {
	}
}
