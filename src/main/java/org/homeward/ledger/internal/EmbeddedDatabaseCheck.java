package org.homeward.ledger.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database after a stop that was not clean (the process killed, the power cut), checked before
 * the migrations or anything else write to it: every table is read whole, then through each of its indexes. An
 * index that disagrees with its table (an entry whose row is gone, a row it lacks) is built again from the table;
 * a table that cannot be read stops the start, saying what to do. After a clean stop only the file's header is
 * read, so a start costs nothing more.
 */
final class EmbeddedDatabaseCheck {

	/** What a rebuild keeps a table's rows in until they are back, so that a crash meanwhile loses none. */
	static final String REPAIR_COPY = "_before_repair";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseCheck.class);
	private static final Pattern OTHER_H2_STORE = Pattern.compile("^(mem|tcp|ssl|zip|split|async|nio\\w*|memFS|memLZF|retry):.*");

	/** What the check found: tables and index entries read, and the indexes it built again. */
	record Outcome(int tables, int indexes, long rows, List<String> rebuilt) {
	}

	private final DataSource dataSource;
	private final Path file;

	EmbeddedDatabaseCheck(DataSource dataSource, Path file) {
		this.dataSource = dataSource;
		this.file = file;
	}

	/** The file of an H2 database on disk named by a JDBC URL; none for PostgreSQL, memory or a server. */
	static Optional<Path> fileOf(String url) {
		if (url == null || !url.startsWith("jdbc:h2:")) {
			return Optional.empty();
		}
		String name = url.substring("jdbc:h2:".length()).split(";", 2)[0];
		if (name.startsWith("file:")) {
			name = name.substring("file:".length());
		}
		else if (OTHER_H2_STORE.matcher(name).matches()) {
			return Optional.empty();
		}
		if (name.startsWith("~")) {
			name = System.getProperty("user.home") + name.substring(1);
		}
		return Optional.of(Path.of(name + ".mv.db"));
	}

	/**
	 * Whether H2 closed the file: its header then carries {@code clean:1}, which H2 drops at the first write after
	 * opening it. A file not there yet is a new database, with nothing to check.
	 */
	static boolean closedCleanly(Path file) throws IOException {
		if (!Files.exists(file)) {
			return true;
		}
		byte[] block = new byte[4096];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(block, 0, block.length);
		}
		String header = new String(block, 0, read, StandardCharsets.ISO_8859_1).split("\n", 2)[0];
		return Arrays.asList(header.split(",")).contains("clean:1");
	}

	/** Checks the database when its last stop was not clean; refuses to go on when a table cannot be read. */
	Optional<Outcome> afterUncleanStop() {
		try {
			if (closedCleanly(file)) {
				return Optional.empty();
			}
		}
		catch (IOException unreadable) {
			throw refusal(unreadable.toString());
		}
		log.warn("The embedded database {} was not closed cleanly (the process was killed or the power cut): "
				+ "reading every table and index before anything writes to it", file);
		long start = System.nanoTime();
		Outcome outcome;
		try (Connection connection = dataSource.getConnection()) {
			outcome = check(connection);
		}
		catch (SQLException unreadable) {
			throw refusal(unreadable.getMessage());
		}
		log.warn("The embedded database {} is whole: {} tables, {} rows and {} indexes read in {} ms; indexes built "
				+ "again: {}", file, outcome.tables(), outcome.rows(), outcome.indexes(),
				(System.nanoTime() - start) / 1_000_000, outcome.rebuilt().isEmpty() ? "none" : outcome.rebuilt());
		return Optional.of(outcome);
	}

	private IllegalStateException refusal(String why) {
		Path directory = file.toAbsolutePath().getParent();
		String name = file.getFileName().toString().replaceFirst("\\.mv\\.db$", "");
		return new IllegalStateException("The embedded database " + file + " cannot be read after a stop that was "
				+ "not clean, so Homeward does not start on it: " + why + ". Nothing was changed. Stop here and keep "
				+ "the file; put back the latest copy of the data directory " + directory + " taken while Homeward "
				+ "was stopped, or salvage what H2 can read with its Recover tool (java -cp h2-*.jar "
				+ "org.h2.tools.Recover -dir " + directory + " -db " + name + ", which writes " + name
				+ ".h2.sql to load into a new database with RunScript).");
	}

	/** Reads every table and index of the schema, and builds again the indexes of a table that disagree with it. */
	static Outcome check(Connection connection) throws SQLException {
		if (tables(connection).stream().noneMatch("flyway_schema_history"::equals)) {
			// H2 opens a file whose every chunk is damaged as a new, empty database: the migrations would then
			// start a new ledger over the old one
			throw new SQLException("it holds none of Homeward's tables, not even the migrations' history");
		}
		try (Statement statement = connection.createStatement()) {
			// rows streamed as they are read, not gathered into a result first; the pool gets the connection back
			// as it was
			statement.execute("set lazy_query_execution true");
			try {
				finishInterruptedRebuilds(connection);
				return checkTables(connection);
			}
			finally {
				statement.execute("set lazy_query_execution false");
			}
		}
	}

	private static Outcome checkTables(Connection connection) throws SQLException {
		int tables = 0;
		int indexes = 0;
		long rows = 0;
		List<String> rebuilt = new ArrayList<>();
		for (String table : tables(connection)) {
			Map<String, String> tableIndexes = indexes(connection, table);
			long tableRows = count(connection, "select * from " + quoted(table) + " use index ()");
			List<String> disagreeing = disagreeing(connection, table, tableIndexes, tableRows);
			if (!disagreeing.isEmpty()) {
				log.warn("Table {} has {} rows, and indexes that disagree with it: {}; building them again", table,
						tableRows, disagreeing);
				rebuild(connection, table);
				List<String> still = disagreeing(connection, table, tableIndexes,
						count(connection, "select * from " + quoted(table) + " use index ()"));
				if (!still.isEmpty()) {
					throw new SQLException("the indexes of table " + table + " disagree with it even after they "
							+ "were built again: " + still);
				}
				rebuilt.add(table + " " + disagreeing);
			}
			tables++;
			indexes += tableIndexes.size();
			rows += tableRows;
		}
		return new Outcome(tables, indexes, rows, List.copyOf(rebuilt));
	}

	/** Each index read in its own order, so through its entries, each entry's row fetched from the table. */
	private static List<String> disagreeing(Connection connection, String table, Map<String, String> indexes,
			long tableRows) {
		List<String> disagreeing = new ArrayList<>();
		indexes.forEach((index, order) -> {
			try {
				long entries = count(connection, throughIndex(table, index, order));
				if (entries != tableRows) {
					disagreeing.add(index + ": " + entries + " entries");
				}
			}
			catch (SQLException broken) {
				disagreeing.add(index + ": " + broken.getMessage().split("\n", 2)[0]);
			}
		});
		return disagreeing;
	}

	/** A query that reads a table in the order of one of its indexes, so through it. */
	static String throughIndex(String table, String index, String order) {
		return "select * from " + quoted(table) + " use index (" + quoted(index) + ") order by " + order;
	}

	/**
	 * Builds every index of a table again from its rows: the rows go to a copy, the table is emptied (which drops
	 * its index entries without reading them) and filled from the copy. A crash meanwhile leaves the copy, which
	 * the next check puts back first.
	 */
	private static void rebuild(Connection connection, String table) throws SQLException {
		String copy = table + REPAIR_COPY;
		try (Statement statement = connection.createStatement()) {
			statement.execute("drop table if exists " + quoted(copy));
			statement.execute("create table " + quoted(copy) + " as select * from " + quoted(table) + " use index ()");
		}
		putBack(connection, table, copy);
	}

	private static void finishInterruptedRebuilds(Connection connection) throws SQLException {
		for (String table : tables(connection)) {
			if (table.endsWith(REPAIR_COPY)) {
				String original = table.substring(0, table.length() - REPAIR_COPY.length());
				log.warn("A rebuild of table {} was interrupted; putting its rows back from {}", original, table);
				putBack(connection, original, table);
			}
		}
	}

	private static void putBack(Connection connection, String table, String copy) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		try (Statement statement = connection.createStatement()) {
			// the rows put back are the ones the references already pointed at
			statement.execute("set referential_integrity false");
			try {
				statement.execute("truncate table " + quoted(table));
				connection.setAutoCommit(false);
				statement.execute("insert into " + quoted(table) + " select * from " + quoted(copy));
				connection.commit();
				connection.setAutoCommit(autoCommit);
				statement.execute("drop table " + quoted(copy));
			}
			finally {
				connection.setAutoCommit(autoCommit);
				statement.execute("set referential_integrity true");
			}
		}
	}

	static List<String> tables(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select table_name from information_schema.tables "
						+ "where table_schema = current_schema and table_type = 'BASE TABLE' order by table_name")) {
			while (result.next()) {
				tables.add(result.getString(1));
			}
		}
		return tables;
	}

	/** A table's indexes, each with the order by which a query reads the table through it. */
	static Map<String, String> indexes(Connection connection, String table) throws SQLException {
		Map<String, String> indexes = new LinkedHashMap<>();
		try (PreparedStatement statement = connection.prepareStatement("select index_name, column_name, "
				+ "ordering_specification, null_ordering from information_schema.index_columns "
				+ "where table_schema = current_schema and table_name = ? order by index_name, ordinal_position")) {
			statement.setString(1, table);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					String nulls = result.getString(4);
					String column = quoted(result.getString(2)) + " " + result.getString(3)
							+ (nulls == null ? "" : " nulls " + nulls);
					indexes.merge(result.getString(1), column, (order, next) -> order + ", " + next);
				}
			}
		}
		return indexes;
	}

	private static long count(Connection connection, String query) throws SQLException {
		long rows = 0;
		try (Statement statement = connection.createStatement()) {
			statement.setFetchSize(1_000);
			try (ResultSet result = statement.executeQuery(query)) {
				int columns = result.getMetaData().getColumnCount();
				while (result.next()) {
					// every value read, so that a row that cannot be is found here and not by a user
					for (int column = 1; column <= columns; column++) {
						result.getObject(column);
					}
					rows++;
				}
			}
		}
		return rows;
	}

	private static String quoted(String name) {
		return '"' + name.replace("\"", "\"\"") + '"';
	}
}
