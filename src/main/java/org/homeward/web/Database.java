package org.homeward.web;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The database as the modules' repositories need to know it: which product it is, for the few statements that
 * PostgreSQL is given differently, and a template that streams large results.
 */
@Component
public class Database {

	private final boolean postgres;
	private final JdbcTemplate streaming;

	Database(DataSource dataSource) throws SQLException {
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(1_000);
		try (Connection connection = dataSource.getConnection()) {
			this.postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
		}
	}

	public boolean isPostgres() {
		return postgres;
	}

	/**
	 * A template whose queries fetch rows a thousand at a time instead of all at once: for exports and the
	 * large reads of a write. Like any template, it runs in the caller's transaction.
	 */
	public JdbcTemplate streaming() {
		return streaming;
	}
}
