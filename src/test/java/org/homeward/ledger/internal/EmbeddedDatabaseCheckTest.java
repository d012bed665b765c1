package org.homeward.ledger.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.flywaydb.core.Flyway;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.result.Row;
import org.h2.table.Table;
import org.h2.value.ValueBigint;
import org.h2.value.ValueDate;
import org.h2.value.ValueInteger;
import org.h2.value.ValueVarchar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database as a killed process or a power cut leaves it: a copy of its file taken while it is open
 * and written to is exactly what is on disk when the process dies (H2 writes to the file, never only to memory it
 * would flush at close). Each test opens such a copy as Homeward would at its next start.
 */
class EmbeddedDatabaseCheckTest {

	@TempDir
	Path directory;

	@Test
	void theDefaultEmbeddedDatabaseWritesEachCommitAtOnce() throws Exception {
		try (Connection connection = DriverManager.getConnection(defaultUrl(directory.resolve("homeward")), "sa", "");
				Statement statement = connection.createStatement();
				ResultSet setting = statement.executeQuery("select setting_value from information_schema.settings "
						+ "where setting_name = 'WRITE_DELAY'")) {
			assertThat(setting.next()).isTrue();
			assertThat(setting.getString(1)).isEqualTo("0");
		}
	}

	@Test
	void theDefaultEmbeddedDatabaseTracesNothingToAFile() throws Exception {
		try (Connection connection = DriverManager.getConnection(defaultUrl(directory.resolve("homeward")), "sa", "");
				Statement statement = connection.createStatement()) {
			assertThatThrownBy(() -> statement.executeQuery("select * from no_such_table"))
				.isInstanceOf(SQLException.class);
		}
		assertThat(directory.resolve("homeward.trace.db")).doesNotExist();
	}

	@Test
	void aCommittedWriteIsInTheFileTheMomentItIsAcknowledged() throws Exception {
		Path crash = directory.resolve("crash");
		try (Connection connection = DriverManager.getConnection(defaultUrl(directory.resolve("homeward")), "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute("create table acknowledged (id integer primary key)");
			statement.execute("insert into acknowledged values (1)");
			// the process dies now: what the file holds is all there is
			crashImage(directory.resolve("homeward.mv.db"), crash);
		}
		try (Connection connection = DriverManager.getConnection(defaultUrl(crash), "sa", "")) {
			assertThat(rows(connection, "select * from acknowledged")).isEqualTo(1);
		}
	}

	@Test
	void aDatabaseClosedCleanlyIsNotRead() throws Exception {
		Path file = migratedDatabase("homeward");
		assertThat(EmbeddedDatabaseCheck.closedCleanly(file)).isTrue();
		assertThat(new EmbeddedDatabaseCheck(dataSource(directory.resolve("homeward")), file).afterUncleanStop())
			.isEmpty();
	}

	@Test
	void aDatabaseLeftOpenIsReadWholeAndFoundWhole() throws Exception {
		Path crash = directory.resolve("crash");
		try (Connection connection = open("homeward")) {
			insertMonths(connection);
			crashImage(directory.resolve("homeward.mv.db"), crash);
		}
		Path file = Path.of(crash + ".mv.db");
		assertThat(EmbeddedDatabaseCheck.closedCleanly(file)).isFalse();

		EmbeddedDatabaseCheck.Outcome outcome = new EmbeddedDatabaseCheck(dataSource(crash), file).afterUncleanStop()
			.orElseThrow();

		assertThat(outcome.rebuilt()).isEmpty();
		assertThat(outcome.tables()).isEqualTo(tableCount(crash));
		assertThat(outcome.indexes()).isGreaterThan(outcome.tables());
	}

	@Test
	void everyIndexOfTheSchemaIsReadThroughItself() throws Exception {
		try (Connection connection = open("homeward"); Statement statement = connection.createStatement()) {
			List<String> notThrough = new ArrayList<>();
			int indexes = 0;
			for (String table : EmbeddedDatabaseCheck.tables(connection)) {
				for (var index : EmbeddedDatabaseCheck.indexes(connection, table).entrySet()) {
					try (ResultSet plan = statement.executeQuery(
							"explain " + EmbeddedDatabaseCheck.throughIndex(table, index.getKey(), index.getValue()))) {
						plan.next();
						if (!plan.getString(1).contains("/* public." + index.getKey() + " */")) {
							notThrough.add(table + "." + index.getKey());
						}
					}
					indexes++;
				}
			}
			// an index with the same column as a foreign key's index, which H2 reads in its stead (the tokens' index
			// of the same kind is read through itself since the table grew the devices' column)
			assertThat(notThrough).containsExactly("place.place_parent");
			// every index of the schema: 74 before the registrations and the stated figures, whose four tables
			// bring nine each, registration linkage's five tables nine more, the approvals' two tables four, and what
			// came in from the field three
			assertThat(indexes).isEqualTo(108);
		}
	}

	@Test
	void indexesThatDisagreeWithTheirTableAreBuiltAgainFromIt() throws Exception {
		Path crash = directory.resolve("crash");
		try (Connection connection = open("homeward")) {
			insertMonths(connection);
			// what the killed import left: an entry of the primary key whose row is gone, and a row that the
			// other index lacks
			SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
			Table table = session.getDatabase().getSchema("public").findTableOrView(session, "return_month_place");
			Row ghost = table.getTemplateRow();
			ghost.setValue(0, ValueVarchar.get("UNHCR"));
			ghost.setValue(1, ValueDate.parse("2018-12-01"));
			ghost.setValue(2, ValueVarchar.get("refugee"));
			ghost.setValue(3, ValueVarchar.get("SY02"));
			ghost.setValue(4, ValueInteger.get(1));
			ghost.setValue(5, ValueBigint.get(99));
			ghost.setKey(999_999);
			table.getPrimaryKey().add(session, ghost);
			table.getIndex("return_month_place_level").remove(session, table.getRow(session, 2));
			session.commit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("checkpoint");
			}
			crashImage(directory.resolve("homeward.mv.db"), crash);
			crashImage(directory.resolve("homeward.mv.db"), directory.resolve("witness"));
		}
		try (Connection connection = DriverManager.getConnection(url(directory.resolve("witness")), "sa", "")) {
			assertThat(rows(connection, "select * from return_month_place use index (return_month_place_level) "
					+ "order by source_code, admin_level, month_start")).isEqualTo(2);
			assertThatThrownBy(() -> rows(connection, "select * from return_month_place where source_code = 'UNHCR' "
					+ "and month_start = date '2018-12-01' and category = 'refugee' and place_code = 'SY02'"))
				.hasMessageContaining("Timeout trying to lock table");
		}

		EmbeddedDatabaseCheck.Outcome outcome = new EmbeddedDatabaseCheck(dataSource(crash),
				Path.of(crash + ".mv.db")).afterUncleanStop().orElseThrow();

		assertThat(outcome.rebuilt()).hasSize(1);
		assertThat(outcome.rebuilt().get(0)).startsWith("return_month_place [")
			.contains("return_month_place_level: 2 entries", "PRIMARY_KEY_");
		try (Connection connection = DriverManager.getConnection(url(crash), "sa", "")) {
			assertThat(rows(connection, "select * from return_month_place use index (return_month_place_level) "
					+ "order by source_code, admin_level, month_start")).isEqualTo(3);
			assertThat(rows(connection, "select * from return_month_place where source_code = 'UNHCR' "
					+ "and month_start = date '2018-12-01' and category = 'refugee' and place_code = 'SY02'")).isZero();
			assertThat(rows(connection, "select * from return_month_place where source_code = 'UNHCR' "
					+ "and month_start = date '2018-11-01' and category = 'refugee' and place_code = 'SY02'")).isEqualTo(1);
			assertThat(EmbeddedDatabaseCheck.check(connection).rebuilt()).isEmpty();
			assertThat(rows(connection, "select * from information_schema.tables where table_name like '%"
					+ EmbeddedDatabaseCheck.REPAIR_COPY + "'")).isZero();
			// the retry of the killed write goes through
			try (Statement statement = connection.createStatement()) {
				assertThat(statement.executeUpdate("insert into return_month_place values "
						+ "('UNHCR', date '2018-12-01', 'refugee', 'SY02', 1, 99)")).isEqualTo(1);
			}
		}
	}

	@Test
	void aRebuildInterruptedByACrashIsFinishedAtTheNextStart() throws Exception {
		try (Connection connection = open("homeward"); Statement statement = connection.createStatement()) {
			insertMonths(connection);
			statement.execute("create table \"return_month_place" + EmbeddedDatabaseCheck.REPAIR_COPY
					+ "\" as select * from return_month_place");
			statement.execute("truncate table return_month_place");

			EmbeddedDatabaseCheck.check(connection);

			assertThat(rows(connection, "select * from return_month_place")).isEqualTo(3);
			assertThat(rows(connection, "select * from information_schema.tables where table_name like '%"
					+ EmbeddedDatabaseCheck.REPAIR_COPY + "'")).isZero();
		}
	}

	@Test
	void aDatabaseThatCannotBeReadStopsTheStartSayingWhatToDo() throws Exception {
		Path crash = directory.resolve("crash");
		try (Connection connection = open("homeward")) {
			insertMonths(connection);
			crashImage(directory.resolve("homeward.mv.db"), crash);
		}
		Path file = Path.of(crash + ".mv.db");
		try (RandomAccessFile damaged = new RandomAccessFile(file.toFile(), "rw")) {
			// everything after the file's two header blocks overwritten
			damaged.seek(8192);
			damaged.write(new byte[(int) damaged.length() - 8192]);
		}

		assertThatThrownBy(() -> new EmbeddedDatabaseCheck(dataSource(crash), file).afterUncleanStop())
			.isInstanceOf(IllegalStateException.class)
			.hasMessageStartingWith("The embedded database " + file + " cannot be read after a stop that was not "
					+ "clean, so Homeward does not start on it: ")
			.hasMessageContaining("it holds none of Homeward's tables")
			.hasMessageContaining("Nothing was changed.")
			.hasMessageContaining("org.h2.tools.Recover -dir " + directory + " -db crash");
	}

	@Test
	void onlyAnH2DatabaseInAFileIsChecked() {
		assertThat(EmbeddedDatabaseCheck.fileOf("jdbc:h2:file:./data/homeward;MODE=PostgreSQL"))
			.contains(Path.of("./data/homeward.mv.db"));
		assertThat(EmbeddedDatabaseCheck.fileOf("jdbc:h2:/srv/homeward/db;MODE=PostgreSQL"))
			.contains(Path.of("/srv/homeward/db.mv.db"));
		assertThat(EmbeddedDatabaseCheck.fileOf("jdbc:h2:mem:homeward;DB_CLOSE_DELAY=-1")).isEmpty();
		assertThat(EmbeddedDatabaseCheck.fileOf("jdbc:h2:tcp://localhost/homeward")).isEmpty();
		assertThat(EmbeddedDatabaseCheck.fileOf("jdbc:postgresql://127.0.0.1:5432/homeward")).isEmpty();
	}

	/** The URL Homeward uses when none is set, on a database of the test's own. */
	private static String defaultUrl(Path database) {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yml"));
		Properties properties = yaml.getObject();
		String url = properties.getProperty("spring.datasource.url");
		assertThat(url).startsWith("${homeward.db.url:jdbc:h2:file:./data/homeward;");
		return url.substring("${homeward.db.url:".length(), url.length() - 1)
			.replace("./data/homeward", database.toString());
	}

	private String url(Path database) {
		return defaultUrl(database);
	}

	private JdbcDataSource dataSource(Path database) {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL(url(database));
		dataSource.setUser("sa");
		return dataSource;
	}

	/** A database of Homeward's schema, closed. */
	private Path migratedDatabase(String name) throws SQLException {
		Flyway.configure().dataSource(dataSource(directory.resolve(name))).locations("classpath:db/migration")
			.load().migrate();
		try (Connection connection = DriverManager.getConnection(url(directory.resolve(name)), "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute("shutdown");
		}
		return directory.resolve(name + ".mv.db");
	}

	private Connection open(String name) throws SQLException {
		migratedDatabase(name);
		return DriverManager.getConnection(url(directory.resolve(name)), "sa", "");
	}

	private static void insertMonths(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("insert into return_month_place values ('UNHCR', date '2018-10-01', 'refugee', 'SY02', 1, 10), "
					+ "('UNHCR', date '2018-11-01', 'refugee', 'SY02', 1, 20), "
					+ "('UNHCR', date '2018-11-01', 'refugee', 'SY0200', 2, 20)");
		}
	}

	private static void crashImage(Path file, Path crash) throws IOException {
		Files.copy(file, Path.of(crash + ".mv.db"));
	}

	private int tableCount(Path database) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url(database), "sa", "")) {
			return (int) rows(connection, "select * from information_schema.tables "
					+ "where table_schema = 'public' and table_type = 'BASE TABLE'");
		}
	}

	private static long rows(Connection connection, String query) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
			long rows = 0;
			while (result.next()) {
				rows++;
			}
			return rows;
		}
	}
}
