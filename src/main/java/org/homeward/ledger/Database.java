package org.homeward.ledger;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
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
	 * Sends rows to PostgreSQL's bulk load, {@code COPY table (columns) FROM STDIN (FORMAT csv)}, in the caller's
	 * transaction: one message for all of them instead of a statement per row. The statement is whole or fails
	 * whole, as a batch of inserts would.
	 */
	public void copy(String copyStatement, CopyRows rows) {
		if (!postgres) {
			throw new IllegalStateException("COPY is PostgreSQL's; this database is not");
		}
		if (rows.rows() == 0) {
			return;
		}
		streaming.execute((ConnectionCallback<Long>) connection -> {
			try {
				return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copyStatement,
						new StringReader(rows.csv()));
			}
			catch (IOException e) {
				throw new SQLException("The rows could not be sent to the database", "08006", e);
			}
		});
	}

	/**
	 * A template whose queries fetch rows a thousand at a time instead of all at once: for exports and the
	 * large reads of a write. Like any template, it runs in the caller's transaction.
	 */
	public JdbcTemplate streaming() {
		return streaming;
	}
}
