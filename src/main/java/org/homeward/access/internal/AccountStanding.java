package org.homeward.access.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.homeward.access.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What an account may do as it stands: whether it may sign in, its roles, and whether it must first change a
 * one-time password. Every way in (the sign-in form, HTTP Basic, an API token, an open session) grants these.
 */
record AccountStanding(boolean enabled, boolean mustChangePassword, Set<Role> roles) {

	/** Granted besides the roles while the account's password is one-time; see {@link PasswordChangeRequired}. */
	static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

	AccountStanding {
		roles = Set.copyOf(roles);
	}

	List<GrantedAuthority> authorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		roles.stream().sorted().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
		if (mustChangePassword) {
			authorities.add(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
		}
		return authorities;
	}
}
