package org.homeward.briefing.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homeward.briefing.IssuedBriefing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** SQL over issued briefings; a row is written once and never changed. */
@Repository
public class IssueRepository {

	private final JdbcClient jdbc;

	IssueRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a briefing with its document (the JSON published) in each language; returns its id. */
	public long insert(IssuedBriefing briefing, Map<String, String> documents) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into briefing_issue (as_of, days, source_code, known_at, issued_at, issued_by, document_en,
				                            document_ru, document_ar)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").params(Date.valueOf(briefing.asOf()), briefing.days(), briefing.source(),
				Timestamp.from(briefing.knownAt()), Timestamp.from(briefing.issuedAt()), briefing.issuedBy(),
				documents.get("en"), documents.get("ru"), documents.get("ar")).update(keys, "id");
		return keys.getKey().longValue();
	}

	public List<IssuedBriefing> all() {
		return jdbc.sql("select * from briefing_issue order by as_of desc, id desc").query(IssueRepository::issue).list();
	}

	public Optional<IssuedBriefing> find(long id) {
		return jdbc.sql("select * from briefing_issue where id = ?").param(id).query(IssueRepository::issue).optional();
	}

	/** The JSON document exactly as it was issued in a language (en, ru, ar). */
	public Optional<String> document(long id, String language) {
		String column = switch (language) {
			case "ru" -> "document_ru";
			case "ar" -> "document_ar";
			default -> "document_en";
		};
		return jdbc.sql("select " + column + " from briefing_issue where id = ?").param(id).query(String.class)
			.optional();
	}

	private static IssuedBriefing issue(ResultSet row, int n) throws SQLException {
		return new IssuedBriefing(row.getLong("id"), row.getDate("as_of").toLocalDate(), row.getInt("days"),
				row.getString("source_code"), row.getTimestamp("known_at").toInstant(),
				row.getTimestamp("issued_at").toInstant(), row.getString("issued_by"));
	}
}
