package org.homeward.access.internal;

import java.time.Clock;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a user's name and password, for the sign-in form and HTTP Basic alike. A right password lets the user in
 * only if no failed sign-in locked the account while it was being checked: sign-ins sent at the same moment count
 * as if one came after the other, so a lockout cannot be dodged by sending many at once.
 */
@Component
class PasswordSignIn extends DaoAuthenticationProvider {

	private final UserRepository users;
	private final Clock clock;

	PasswordSignIn(UserRepository users, PasswordEncoder passwords, Clock clock) {
		super(username -> details(users, clock, username));
		setPasswordEncoder(passwords);
		this.users = users;
		this.clock = clock;
	}

	private static UserDetails details(UserRepository users, Clock clock, String username) {
		UserAccount account = users.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.disabled(!account.enabled())
			.accountLocked(account.isLockedAt(clock.instant()))
			.authorities(account.standing().authorities())
			.build();
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication) {
		super.additionalAuthenticationChecks(user, authentication);
		if (!users.recordSuccessfulLogin(user.getUsername(), clock.instant())) {
			throw new LockedException("The account was locked while its password was checked");
		}
	}
}
