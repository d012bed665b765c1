package org.homeward.access.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.homeward.access.AuditTrail;
import org.homeward.access.Role;
import org.homeward.access.SourceCodes;
import org.homeward.geography.Place;
import org.homeward.geography.PlaceKind;
import org.homeward.geography.Places;
import org.homeward.web.InputError;
import org.homeward.web.InvalidInputException;
import org.homeward.web.ProblemException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an administrator does with accounts: create them, change roles, areas and sources, reset passwords. */
@Service
class UserAdministration {

	static final int MIN_PASSWORD_LENGTH = 12;
	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,99}");

	private final UserRepository users;
	private final PasswordEncoder passwords;
	private final Places places;
	private final SourceCodes sources;
	private final AuditTrail auditTrail;
	private final Clock clock;

	UserAdministration(UserRepository users, PasswordEncoder passwords, Places places, SourceCodes sources,
			AuditTrail auditTrail, Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.places = places;
		this.sources = sources;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	/** What the account form sends; {@code area} is p-codes and entry point codes separated by spaces or commas. */
	record AccountForm(String username, String displayName, String password, Set<Role> roles, String area,
			String source, boolean enabled) {
	}

	List<UserAccount> all() {
		return users.findAll();
	}

	UserAccount require(long id) {
		return users.findById(id).orElseThrow(() -> ProblemException.notFound("User", Long.toString(id)));
	}

	@Transactional
	UserAccount create(AccountForm form) {
		List<InputError> errors = new ArrayList<>();
		String username = form.username() == null ? "" : form.username().strip().toLowerCase(Locale.ROOT);
		if (!USERNAME.matcher(username).matches()) {
			errors.add(InputError.field("username", form.username(),
					"A user name has 2 to 100 characters: lower-case letters, digits, '.', '_' or '-'."));
		}
		else if (users.findByUsername(username).isPresent()) {
			errors.add(InputError.field("username", username, "This user name is taken."));
		}
		checkPassword(form.password(), errors);
		Checked checked = check(form, errors);
		if (!errors.isEmpty()) {
			throw InvalidInputException.of(errors);
		}
		long id = users.insert(username, passwords.encode(form.password()), checked.displayName(), checked.roles(),
				true, clock.instant());
		users.update(id, checked.displayName(), checked.roles(), checked.area(), checked.source(), form.enabled());
		UserAccount created = require(id);
		auditTrail.record(auditTrail.currentActor(), "user.created", "user", username, describe(created), null);
		return created;
	}

	@Transactional
	UserAccount update(long id, AccountForm form, String reason) {
		UserAccount before = require(id);
		List<InputError> errors = new ArrayList<>();
		Checked checked = check(form, errors);
		if (before.username().equals(auditTrail.currentActor())
				&& (!checked.roles().contains(Role.ADMIN) || !form.enabled())) {
			errors.add(InputError.field("roles", "ADMIN",
					"You cannot take the administrator role from yourself or disable yourself; ask another administrator."));
		}
		if (!errors.isEmpty()) {
			throw InvalidInputException.of(errors);
		}
		users.update(id, checked.displayName(), checked.roles(), checked.area(), checked.source(), form.enabled());
		UserAccount after = require(id);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("before", describe(before));
		details.put("after", describe(after));
		auditTrail.record(auditTrail.currentActor(), "user.updated", "user", before.username(), details, reason);
		return after;
	}

	/** Sets a password the user must change at the next sign-in; also lifts a lockout. */
	@Transactional
	void resetPassword(long id, String password) {
		UserAccount account = require(id);
		List<InputError> errors = new ArrayList<>();
		checkPassword(password, errors);
		if (!errors.isEmpty()) {
			throw InvalidInputException.of(errors);
		}
		users.setPassword(id, passwords.encode(password), true);
		auditTrail.record(auditTrail.currentActor(), "user.password-reset", "user", account.username(), Map.of(), null);
	}

	/** A user changes their own password, knowing the current one. */
	@Transactional
	void changeOwnPassword(String username, String current, String replacement) {
		UserAccount account = users.findByUsername(username).orElseThrow(() -> ProblemException.notFound("User", username));
		List<InputError> errors = new ArrayList<>();
		if (current == null || !passwords.matches(current, account.passwordHash())) {
			errors.add(InputError.field("current", null, "The current password is not right."));
		}
		checkPassword(replacement, errors);
		if (replacement != null && replacement.equals(current)) {
			errors.add(InputError.field("password", null, "Choose a password other than the current one."));
		}
		if (!errors.isEmpty()) {
			throw InvalidInputException.of(errors);
		}
		users.setPassword(account.id(), passwords.encode(replacement), false);
		auditTrail.record(username, "user.password-changed", "user", username, Map.of(), null);
	}

	private record Checked(String displayName, Set<Role> roles, Set<String> area, String source) {
	}

	private Checked check(AccountForm form, List<InputError> errors) {
		String displayName = form.displayName() == null || form.displayName().isBlank() ? null
				: form.displayName().strip();
		if (displayName != null && (displayName.length() > 200 || displayName.chars().anyMatch(Character::isISOControl))) {
			errors.add(InputError.field("displayName", displayName, "A name has at most 200 characters."));
		}
		Set<Role> roles = form.roles() == null || form.roles().isEmpty() ? EnumSet.noneOf(Role.class)
				: EnumSet.copyOf(form.roles());
		if (roles.isEmpty()) {
			errors.add(InputError.field("roles", null, "Give the account at least one role."));
		}
		Set<String> area = new TreeSet<>();
		for (String code : (form.area() == null ? "" : form.area()).split("[\\s,;]+")) {
			if (code.isBlank()) {
				continue;
			}
			Place place = places.find(code).orElse(null);
			if (place == null || place.kind() == PlaceKind.COUNTRY || place.kind() == PlaceKind.CAMP) {
				errors.add(InputError.field("area", code,
						"An area is made of admin units (p-codes such as SY02 or SY0200) and entry points; this code is neither."));
			}
			else {
				area.add(place.code());
			}
		}
		if (roles.contains(Role.DATA_OFFICER) && area.isEmpty()) {
			errors.add(InputError.field("area", form.area(),
					"A data officer needs an area: the admin units and entry points they record for."));
		}
		String source = form.source() == null || form.source().isBlank() ? null
				: form.source().strip().toUpperCase(Locale.ROOT);
		if (source != null && !sources.codes().contains(source)) {
			errors.add(InputError.field("source", source, "No source is registered with this code."));
		}
		if (roles.contains(Role.PARTNER) && source == null) {
			errors.add(InputError.field("source", null, "A partner account writes as one source: choose it."));
		}
		return new Checked(displayName, roles, new LinkedHashSet<>(area), source);
	}

	private static void checkPassword(String password, List<InputError> errors) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > 200) {
			errors.add(InputError.field("password", null,
					"A password has at least " + MIN_PASSWORD_LENGTH + " characters (a few words make a good one)."));
		}
	}

	private static Map<String, Object> describe(UserAccount account) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("displayName", String.valueOf(account.displayName()));
		details.put("roles", account.roles().stream().map(Role::name).sorted().toList());
		details.put("area", new TreeSet<>(account.scope()));
		details.put("source", String.valueOf(account.source()));
		details.put("enabled", account.enabled());
		return details;
	}
}
