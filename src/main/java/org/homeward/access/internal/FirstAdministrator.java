package org.homeward.access.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

import org.homeward.access.AuditTrail;
import org.homeward.access.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator when no user exists: with the password from {@code HOMEWARD_ADMIN_PASSWORD},
 * or with a one-time password printed once to the log, to be changed at first login.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final UserRepository users;
	private final PasswordEncoder passwords;
	private final AuditTrail auditTrail;
	private final AccessSettings settings;
	private final Clock clock;

	FirstAdministrator(UserRepository users, PasswordEncoder passwords, AuditTrail auditTrail, AccessSettings settings,
			Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.auditTrail = auditTrail;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (settings.commandLine() || users.count() > 0) {
			// the command line writes no user: the first administrator is made by the first start of the server
			return;
		}
		String username = settings.admin().user();
		String password = settings.admin().password();
		boolean oneTime = password == null || password.isBlank();
		if (oneTime) {
			password = oneTimePassword();
		}
		users.insert(username, passwords.encode(password), "Administrator", Set.of(Role.ADMIN), oneTime, clock.instant());
		auditTrail.record("system", "user.created", "user", username, Map.of("roles", "ADMIN", "first", true), null);
		if (oneTime) {
			log.warn("First administrator '{}' created with the one-time password {} (shown only now; change it at "
					+ "first login, or set HOMEWARD_ADMIN_PASSWORD before the first start)", username, password);
		}
		else {
			log.info("First administrator '{}' created from HOMEWARD_ADMIN_USER/HOMEWARD_ADMIN_PASSWORD", username);
		}
	}

	private static String oneTimePassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}
}
