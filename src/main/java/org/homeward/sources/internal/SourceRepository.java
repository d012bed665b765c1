package org.homeward.sources.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.homeward.sources.Source;
import org.homeward.sources.SourceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over the source table. */
@Repository
public class SourceRepository {

	private static final String COLUMNS = "code, name, kind, primary_slot, registered_at, registered_by";

	private final JdbcClient jdbc;

	SourceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Source> findAll() {
		return jdbc.sql("select " + COLUMNS + " from source order by code").query(SourceRepository::source).list();
	}

	public Optional<Source> find(String code) {
		return jdbc.sql("select " + COLUMNS + " from source where code = ?").param(code)
				.query(SourceRepository::source).optional();
	}

	public Optional<Source> findPrimary() {
		return jdbc.sql("select " + COLUMNS + " from source where primary_slot = 'P'")
				.query(SourceRepository::source).optional();
	}

	public void insert(Source source) {
		jdbc.sql("""
				insert into source (code, name, kind, primary_slot, registered_at, registered_by)
				values (?, ?, ?, ?, ?, ?)
				""")
				.params(source.code(), source.name(), source.kind().name(), source.primary() ? "P" : null,
						Timestamp.from(source.registeredAt()), source.registeredBy())
				.update();
	}

	private static Source source(ResultSet row, int rowNumber) throws SQLException {
		return new Source(row.getString("code"), row.getString("name"), SourceKind.valueOf(row.getString("kind")),
				"P".equals(row.getString("primary_slot")), row.getTimestamp("registered_at").toInstant(),
				row.getString("registered_by"));
	}
}
