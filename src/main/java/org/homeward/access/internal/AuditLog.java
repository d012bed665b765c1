package org.homeward.access.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.homeward.geography.HomeCountry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the audit trail for the people who review it. Nothing here writes: the trail is append-only. */
@Repository
class AuditLog {

	static final int PAGE_SIZE = 100;
	static final int MAX_EXPORT = 1_000_000;

	private final JdbcClient jdbc;
	/** Days are the country's days, as the pages show the entries' times. */
	private final ZoneId zone;

	AuditLog(JdbcClient jdbc, HomeCountry country) {
		this.jdbc = jdbc;
		this.zone = country.timeZone();
	}

	record Entry(long id, Instant occurredAt, String actor, String action, String subjectType, String subjectId,
			String details, String reason, String clientAddress) {
	}

	/** Entries by actor, action (prefix, e.g. "login"), subject, and days (the country's), all optional. */
	record Filter(String actor, String action, String subject, LocalDate from, LocalDate to) {

		Filter {
			actor = blankToNull(actor);
			action = blankToNull(action);
			subject = blankToNull(subject);
		}

		private static String blankToNull(String text) {
			return text == null || text.isBlank() ? null : text.strip();
		}
	}

	record Page(List<Entry> entries, boolean more) {
	}

	/** The newest entries first, {@link #PAGE_SIZE} from {@code offset}. */
	Page search(Filter filter, int offset) {
		List<Object> params = new ArrayList<>();
		String where = where(filter, params);
		params.add(PAGE_SIZE + 1);
		params.add(Math.max(0, offset));
		List<Entry> entries = jdbc.sql("select * from audit_event" + where + " order by id desc limit ? offset ?")
			.params(params).query(this::entry).list();
		boolean more = entries.size() > PAGE_SIZE;
		return new Page(more ? entries.subList(0, PAGE_SIZE) : entries, more);
	}

	/** Every matching entry, oldest first, for an export. */
	void forEach(Filter filter, Consumer<Entry> action) {
		List<Object> params = new ArrayList<>();
		String where = where(filter, params);
		params.add(MAX_EXPORT);
		jdbc.sql("select * from audit_event" + where + " order by id limit ?").params(params).query(this::entry).stream()
			.forEach(action);
	}

	private String where(Filter filter, List<Object> params) {
		List<String> conditions = new ArrayList<>();
		if (filter.actor() != null) {
			conditions.add("actor = ?");
			params.add(filter.actor());
		}
		if (filter.action() != null) {
			conditions.add("action like ?");
			params.add(filter.action().replace("%", "").replace("_", "") + "%");
		}
		if (filter.subject() != null) {
			conditions.add("(subject_id = ? or subject_type = ?)");
			params.add(filter.subject());
			params.add(filter.subject());
		}
		if (filter.from() != null) {
			conditions.add("occurred_at >= ?");
			params.add(Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
		}
		if (filter.to() != null) {
			conditions.add("occurred_at < ?");
			params.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private Entry entry(java.sql.ResultSet row, int n) throws java.sql.SQLException {
		return new Entry(row.getLong("id"), row.getTimestamp("occurred_at").toInstant(), row.getString("actor"),
				row.getString("action"), row.getString("subject_type"), row.getString("subject_id"),
				row.getString("details"), row.getString("reason"), row.getString("client_address"));
	}
}
