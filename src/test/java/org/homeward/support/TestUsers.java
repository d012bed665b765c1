package org.homeward.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Accounts of a test's own, with a plain-text password, one role, and optionally an area and a source. */
public final class TestUsers {

	private TestUsers() {
	}

	/** Adds a user; {@code area} is one place code (a data officer's), {@code source} a partner's source code. */
	public static long insert(JdbcClient jdbc, String username, String password, String role, String area,
			String source) {
		jdbc.sql("""
				insert into app_user (username, password_hash, source_code, created_at)
				values (?, ?, ?, current_timestamp)
				""").params(username, "{noop}" + password, source).update();
		long id = jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
		jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id, role).update();
		if (area != null) {
			jdbc.sql("insert into user_scope (user_id, place_code) values (?, ?)").params(id, area).update();
		}
		return id;
	}
}
