package org.homeward.access.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.homeward.access.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** SQL over users, their roles and scopes. */
@Repository
class UserRepository {

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long count() {
		return jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}

	private static final String ACCOUNT = """
			select id, username, password_hash, display_name, language, enabled, must_change_password,
			       failed_logins, locked_until, source_code
			  from app_user
			""";

	Optional<UserAccount> findByUsername(String username) {
		return jdbc.sql(ACCOUNT + " where username = ?").param(username).query(AccountRow::read).optional()
			.map(this::account);
	}

	Optional<UserAccount> findById(long id) {
		return jdbc.sql(ACCOUNT + " where id = ?").param(id).query(AccountRow::read).optional().map(this::account);
	}

	List<UserAccount> findAll() {
		return jdbc.sql(ACCOUNT + " order by username").query(AccountRow::read).list().stream().map(this::account)
			.toList();
	}

	/**
	 * An account's row, read whole before its roles and area are asked for: outside a transaction (a token's
	 * look-up, before any controller runs) a query inside the row mapper would take a second connection while the
	 * first is held, and enough concurrent requests would then wait on each other until the pool gives up.
	 */
	private record AccountRow(long id, String username, String passwordHash, String displayName, String language,
			boolean enabled, boolean mustChangePassword, int failedLogins, Timestamp lockedUntil, String source) {

		static AccountRow read(java.sql.ResultSet row, int n) throws java.sql.SQLException {
			return new AccountRow(row.getLong("id"), row.getString("username"), row.getString("password_hash"),
					row.getString("display_name"), row.getString("language"), row.getBoolean("enabled"),
					row.getBoolean("must_change_password"), row.getInt("failed_logins"),
					row.getTimestamp("locked_until"), row.getString("source_code"));
		}
	}

	private UserAccount account(AccountRow row) {
		return new UserAccount(row.id(), row.username(), row.passwordHash(), row.displayName(), row.language(),
				row.enabled(), row.mustChangePassword(), row.failedLogins(),
				row.lockedUntil() == null ? null : row.lockedUntil().toInstant(), roles(row.id()), scope(row.id()),
				row.source());
	}

	/** Replaces what an administrator edits: name, roles, area, source, whether the account may sign in. */
	void update(long id, String displayName, Set<Role> roles, Set<String> scope, String source, boolean enabled) {
		jdbc.sql("update app_user set display_name = ?, source_code = ?, enabled = ? where id = ?")
			.params(displayName, source, enabled, id).update();
		jdbc.sql("delete from user_role where user_id = ?").param(id).update();
		for (Role role : roles) {
			jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id, role.name()).update();
		}
		jdbc.sql("delete from user_scope where user_id = ?").param(id).update();
		for (String code : scope) {
			jdbc.sql("insert into user_scope (user_id, place_code) values (?, ?)").params(id, code).update();
		}
	}

	void setPassword(long id, String passwordHash, boolean mustChange) {
		jdbc.sql("""
				update app_user set password_hash = ?, must_change_password = ?, failed_logins = 0, locked_until = null
				 where id = ?
				""").params(passwordHash, mustChange, id).update();
	}

	void setLanguage(String username, String language) {
		jdbc.sql("update app_user set language = ? where username = ?").params(language, username).update();
	}

	long insert(String username, String passwordHash, String displayName, Set<Role> roles, boolean mustChangePassword,
			Instant createdAt) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into app_user (username, password_hash, display_name, must_change_password, created_at)
				values (?, ?, ?, ?, ?)
				""").params(username, passwordHash, displayName, mustChangePassword, Timestamp.from(createdAt))
				.update(keys, "id");
		long id = keys.getKey().longValue();
		for (Role role : roles) {
			jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id, role.name()).update();
		}
		return id;
	}

	/**
	 * Counts a failed sign-in in one statement, so that failures at the same moment each count: the one that reaches
	 * the limit locks the account until {@code lockedUntil} and starts the count again. A password found wrong while
	 * the account is locked does not count.
	 */
	void recordFailedLogin(String username, int maxFailedLogins, Instant now, Instant lockedUntil) {
		jdbc.sql("""
				update app_user
				   set locked_until = case when failed_logins + 1 >= :limit then :lockedUntil else locked_until end,
				       failed_logins = case when failed_logins + 1 >= :limit then 0 else failed_logins + 1 end
				 where username = :username and (locked_until is null or locked_until <= :now)
				""").param("limit", maxFailedLogins).param("lockedUntil", Timestamp.from(lockedUntil))
			.param("username", username).param("now", Timestamp.from(now)).update();
	}

	/**
	 * Whether a sign-in whose password was right may go on: only if no failure locked the account while the password
	 * was being checked. Starts the count of failures again; writes only when there is a count to clear.
	 */
	boolean recordSuccessfulLogin(String username, Instant now) {
		Timestamp at = Timestamp.from(now);
		jdbc.sql("""
				update app_user set failed_logins = 0
				 where username = ? and failed_logins > 0 and (locked_until is null or locked_until <= ?)
				""").params(username, at).update();
		return jdbc.sql("select count(*) from app_user where username = ? and (locked_until is null or locked_until <= ?)")
			.params(username, at).query(Long.class).single() == 1;
	}

	/** What a signed-in account may do now, read in one query at each request of a page session. */
	Optional<AccountStanding> standing(String username) {
		record Row(boolean enabled, boolean mustChangePassword, String role) {
		}
		List<Row> rows = jdbc.sql("""
				select u.enabled, u.must_change_password, r.role
				  from app_user u left join user_role r on r.user_id = u.id
				 where u.username = ?
				""").param(username).query((row, n) -> new Row(row.getBoolean("enabled"),
						row.getBoolean("must_change_password"), row.getString("role"))).list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		rows.stream().filter(row -> row.role() != null).forEach(row -> roles.add(Role.valueOf(row.role())));
		return Optional.of(new AccountStanding(rows.get(0).enabled(), rows.get(0).mustChangePassword(), roles));
	}

	private Set<Role> roles(long userId) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		jdbc.sql("select role from user_role where user_id = ?").param(userId).query(String.class).list()
				.forEach(role -> roles.add(Role.valueOf(role)));
		return roles;
	}

	private Set<String> scope(long userId) {
		return new HashSet<>(jdbc.sql("select place_code from user_scope where user_id = ? order by place_code")
				.param(userId).query(String.class).list());
	}
}
