package org.homeward.situation.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.homeward.situation.SituationItems.LegalAct;
import org.homeward.situation.SituationItems.LegalActKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over the legal acts, each change a new version; every write is an insert. */
@Repository
public class LegalActRepository {

	private static final String CURRENT = """
			select * from legal_act a
			 where a.version = (select max(v.version) from legal_act v where v.item_id = a.item_id)""";

	private final JdbcClient jdbc;

	LegalActRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(LegalAct act) {
		jdbc.sql("""
				insert into legal_act (item_id, version, number, title, kind, signed_on, summary, link, source_code,
				                       recorded_at, recorded_by, reason)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").params(act.id(), act.version(), act.number(), act.title(), act.kind().name(),
				Date.valueOf(act.signedOn()), act.summary(), act.link(), act.source(), Timestamp.from(act.recordedAt()),
				act.recordedBy(), act.reason()).update();
	}

	/** Current versions of the legal acts signed in the days {@code from}..{@code to}. */
	public List<LegalAct> signed(LocalDate from, LocalDate to) {
		return jdbc.sql(CURRENT + " and a.signed_on between ? and ? order by a.signed_on, a.item_id")
			.params(Date.valueOf(from), Date.valueOf(to)).query(LegalActRepository::legalAct).list();
	}

	public List<LegalAct> versions(long id) {
		return jdbc.sql("select * from legal_act where item_id = ? order by version").param(id)
			.query(LegalActRepository::legalAct).list();
	}

	private static LegalAct legalAct(ResultSet row, int n) throws SQLException {
		return new LegalAct(row.getLong("item_id"), row.getInt("version"), row.getString("number"),
				row.getString("title"), LegalActKind.valueOf(row.getString("kind")), row.getDate("signed_on").toLocalDate(),
				row.getString("summary"), row.getString("link"), row.getString("source_code"),
				row.getTimestamp("recorded_at").toInstant(), row.getString("recorded_by"), row.getString("reason"));
	}
}
