package org.homeward;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.homeward.support.HomewardIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Guards the second test run: it must really talk to PostgreSQL, not fall back to H2. */
@HomewardIntegrationTest
class DatabaseUnderTestTest {

	@Autowired
	DataSource dataSource;

	@Test
	void runsOnTheDatabaseThisTestRunIsFor() throws SQLException {
		String expected = System.getProperty("homeward.test.expected-database", "H2");
		try (Connection connection = dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName();
			System.out.println("Homeward database tests are running on " + product + " "
					+ connection.getMetaData().getDatabaseProductVersion());
			assertThat(product).isEqualTo(expected);
		}
	}
}
