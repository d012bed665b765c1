package org.homeward.web.internal;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

import org.homeward.web.internal.DatabaseOutage.Trouble;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/** A busy pool is told apart from a database out of reach, and neither from a failure of the request. */
class DatabaseOutageTest {

	@Test
	void aPoolTimeOutWithNoFailedConnectionBehindItIsBusy() {
		SQLTransientConnectionException timeout = new SQLTransientConnectionException(
				"homeward - Connection is not available, request timed out after 5000ms (total=10, active=10)");
		assertThat(DatabaseOutage.of(inTransaction(timeout))).contains(Trouble.BUSY);
	}

	@Test
	void aPoolTimeOutAfterAFailedConnectionIsUnreachable() {
		SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001",
				new ConnectException("Connection refused"));
		SQLTransientConnectionException timeout = new SQLTransientConnectionException(
				"homeward - Connection is not available, request timed out after 5000ms", "08001", refused);
		assertThat(DatabaseOutage.of(inTransaction(timeout))).contains(Trouble.UNREACHABLE);
	}

	@Test
	void aConnectionLostMidStatementIsUnreachable() {
		SQLException lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");
		assertThat(DatabaseOutage.of(new RuntimeException("commit failed", lost))).contains(Trouble.UNREACHABLE);
	}

	@Test
	void aRollbackThatFailsOnADroppedConnectionIsUnreachable() {
		TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		rollback.initApplicationException(new DataAccessResourceFailureException("merge into return_day_total",
				new SQLException("An I/O error occurred while sending to the backend.", "08006")));
		assertThat(DatabaseOutage.of(rollback)).contains(Trouble.UNREACHABLE);
	}

	@Test
	void aRollbackThatFailsAfterACommitFailedIsUnreachable() {
		// Spring logs the commit's failure and throws only the rollback's, with nothing behind it
		TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		assertThat(rollback.getApplicationException()).isNull();
		assertThat(DatabaseOutage.of(rollback)).contains(Trouble.UNREACHABLE);
	}

	@Test
	void aRefusedStatementIsNoTroubleOfTheDatabase() {
		SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
		assertThat(DatabaseOutage.of(new DataIntegrityViolationException("insert", duplicate))).isEqualTo(Optional.empty());
	}

	private static RuntimeException inTransaction(SQLException cause) {
		return new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
				new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", cause));
	}
}
