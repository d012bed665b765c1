import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an embedded H2 database whole while Homeward is stopped, with the H2 library Homeward ships, independently of
 * Homeward's own check at start: every table row by row, then through each of its indexes (each row fetched), and
 * compares the counts; then prints the single value of each query given after the URL, one a line.
 * Usage: java -cp h2-*.jar bench/H2Check.java URL USER [QUERY ...]
 * Prints "readable: N tables, R rows, I indexes" and exits 0, or prints what cannot be read and exits 1.
 */
public class H2Check {

	public static void main(String[] args) throws SQLException {
		try (Connection connection = DriverManager.getConnection(args[0], args[1], "");
				Statement statement = connection.createStatement()) {
			statement.execute("set lazy_query_execution true");
			List<String> problems = new ArrayList<>();
			long rows = 0;
			int indexes = 0;
			List<String> tables = new ArrayList<>();
			try (ResultSet result = statement.executeQuery("select table_name from information_schema.tables "
					+ "where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
				while (result.next()) {
					tables.add(result.getString(1));
				}
			}
			for (String table : tables) {
				long count = single(statement, "select count(*) from \"" + table + "\"");
				long scanned;
				try {
					scanned = read(statement, "select * from \"" + table + "\" use index ()");
				}
				catch (SQLException unreadable) {
					problems.add(table + ": " + firstLine(unreadable));
					continue;
				}
				if (scanned != count) {
					problems.add(table + ": count(*) " + count + ", rows read " + scanned);
				}
				rows += scanned;
				for (Map.Entry<String, String> index : indexes(statement, table).entrySet()) {
					indexes++;
					try {
						long through = read(statement, "select * from \"" + table + "\" use index (\"" + index.getKey()
								+ "\") order by " + index.getValue());
						if (through != scanned) {
							problems.add(table + "." + index.getKey() + ": " + through + " rows for " + scanned);
						}
					}
					catch (SQLException broken) {
						problems.add(table + "." + index.getKey() + ": " + firstLine(broken));
					}
				}
			}
			if (!problems.isEmpty()) {
				problems.forEach(problem -> System.out.println("UNREADABLE " + problem));
				System.exit(1);
			}
			System.out.println("readable: " + tables.size() + " tables, " + rows + " rows, " + indexes + " indexes");
			for (int query = 2; query < args.length; query++) {
				System.out.println(single(statement, args[query]));
			}
		}
	}

	private static Map<String, String> indexes(Statement statement, String table) throws SQLException {
		Map<String, String> indexes = new LinkedHashMap<>();
		try (ResultSet result = statement.executeQuery("select index_name, column_name, ordering_specification "
				+ "from information_schema.index_columns where table_schema = 'public' and table_name = '" + table
				+ "' order by index_name, ordinal_position")) {
			while (result.next()) {
				indexes.merge(result.getString(1), "\"" + result.getString(2) + "\" " + result.getString(3),
						(order, next) -> order + ", " + next);
			}
		}
		return indexes;
	}

	private static long read(Statement statement, String query) throws SQLException {
		long rows = 0;
		try (ResultSet result = statement.executeQuery(query)) {
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				for (int column = 1; column <= columns; column++) {
					result.getObject(column);
				}
				rows++;
			}
		}
		return rows;
	}

	private static long single(Statement statement, String query) throws SQLException {
		try (ResultSet result = statement.executeQuery(query)) {
			result.next();
			return result.getLong(1);
		}
	}

	private static String firstLine(SQLException e) {
		return e.getMessage().split("\n", 2)[0];
	}
}
