package org.homeward.support;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * For a test whose application context differs from the others': a database of its own (a schema of its own on the
 * shared PostgreSQL), so that its clean start does not wipe the database a cached context of other tests still uses.
 */
public final class DatabaseOfItsOwn {

	private DatabaseOfItsOwn() {
	}

	public static void register(DynamicPropertyRegistry registry, String name) {
		String postgresql = System.getProperty("homeward.test.db-url");
		if (postgresql != null && !postgresql.isBlank()) {
			registry.add("spring.datasource.url",
					() -> postgresql + (postgresql.contains("?") ? "&" : "?") + "currentSchema=" + name);
			registry.add("spring.flyway.schemas", () -> name);
		}
		else {
			registry.add("spring.datasource.url", () -> "jdbc:h2:mem:homeward-" + name + ";MODE=PostgreSQL;"
					+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		}
	}
}
