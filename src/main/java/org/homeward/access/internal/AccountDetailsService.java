package org.homeward.access.internal;

import java.time.Clock;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Gives Spring Security a user's credentials, roles and lockout state. */
@Service
class AccountDetailsService implements UserDetailsService {

	private final UserRepository users;
	private final Clock clock;

	AccountDetailsService(UserRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = users.findByUsername(username)
				.orElseThrow(() -> new UsernameNotFoundException("no such user"));
		return User.withUsername(account.username())
				.password(account.passwordHash())
				.disabled(!account.enabled())
				.accountLocked(account.isLockedAt(clock.instant()))
				.authorities(account.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
						.toList())
				.build();
	}
}
