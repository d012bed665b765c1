package org.homeward.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Registers sources of a test's own, so tests sharing a database do not count each other's records. */
public final class TestSources {

	private TestSources() {
	}

	public static void register(JdbcClient jdbc, String code) {
		jdbc.sql("""
				insert into source (code, name, kind, registered_at, registered_by)
				values (?, ?, 'OTHER', current_timestamp, 'test')
				""").params(code, "Test source " + code).update();
	}
}
