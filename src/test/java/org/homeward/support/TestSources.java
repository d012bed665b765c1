package org.homeward.support;

import java.util.Locale;

import org.junit.jupiter.api.TestInfo;
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

	/**
	 * Registers and answers a source of one test's own: the prefix keeps test classes apart, the test's name the
	 * tests of one class.
	 */
	public static String ofTest(JdbcClient jdbc, String prefix, TestInfo test) {
		return ofTest(jdbc, prefix, test.getDisplayName());
	}

	/** The same for a test named so that no other test shares the name; see {@link SourceOfItsOwn}. */
	static String ofTest(JdbcClient jdbc, String prefix, String testName) {
		String code = prefix + Integer.toHexString(testName.hashCode()).toUpperCase(Locale.ROOT);
		register(jdbc, code);
		return code;
	}
}
