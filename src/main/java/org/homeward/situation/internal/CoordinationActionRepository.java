package org.homeward.situation.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.homeward.situation.SituationItems.ActionKind;
import org.homeward.situation.SituationItems.ActionStatus;
import org.homeward.situation.SituationItems.CoordinationAction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over the coordination actions, each change a new version; every write is an insert. */
@Repository
public class CoordinationActionRepository {

	private static final String CURRENT = """
			select * from coordination_action a
			 where a.version = (select max(v.version) from coordination_action v where v.item_id = a.item_id)""";

	private final JdbcClient jdbc;

	CoordinationActionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(CoordinationAction action) {
		jdbc.sql("""
				insert into coordination_action (item_id, version, kind, title, participants, status, planned_on,
				                                 happened_on, summary, source_code, recorded_at, recorded_by, reason)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").params(action.id(), action.version(), action.kind().name(), action.title(),
				String.join("\n", action.participants()), action.status().name(), date(action.plannedOn()),
				date(action.happenedOn()), action.summary(), action.source(), Timestamp.from(action.recordedAt()),
				action.recordedBy(), action.reason()).update();
	}

	/** The current version of every coordination action. */
	public List<CoordinationAction> current() {
		return jdbc.sql(CURRENT + " order by a.item_id").query(CoordinationActionRepository::action).list();
	}

	public List<CoordinationAction> versions(long id) {
		return jdbc.sql("select * from coordination_action where item_id = ? order by version").param(id)
			.query(CoordinationActionRepository::action).list();
	}

	private static CoordinationAction action(ResultSet row, int n) throws SQLException {
		String participants = row.getString("participants");
		return new CoordinationAction(row.getLong("item_id"), row.getInt("version"),
				ActionKind.valueOf(row.getString("kind")), row.getString("title"),
				participants == null || participants.isEmpty() ? List.of() : Arrays.asList(participants.split("\n")),
				ActionStatus.valueOf(row.getString("status")), localDate(row.getDate("planned_on")),
				localDate(row.getDate("happened_on")), row.getString("summary"), row.getString("source_code"),
				row.getTimestamp("recorded_at").toInstant(), row.getString("recorded_by"), row.getString("reason"));
	}

	private static LocalDate localDate(Date date) {
		return date == null ? null : date.toLocalDate();
	}

	private static Date date(LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}
}
