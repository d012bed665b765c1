package org.homeward.approval.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homeward.approval.Approval;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The approvals and their versions: new approvals, new versions, and approvals read whole with their steps. */
@Repository
public class ApprovalRepository {

	private static final String SELECT = """
			select a.id, a.ledger, a.source_code, a.area_code, a.first_day, a.last_day, v.version, v.state,
			       v.recorded_at, v.recorded_by, v.reason
			  from approval a join approval_version v on v.approval_id = a.id
			""";
	private static final String ORDER = " order by a.last_day desc, a.area_code, a.id, v.version";
	/** The approval's latest version approves it. */
	private static final String IN_FORCE = """
			exists (select 1 from approval_version l where l.approval_id = a.id and l.state = 'approved'
			         and not exists (select 1 from approval_version n where n.approval_id = a.id and n.version > l.version))
			""";

	private final JdbcClient jdbc;

	ApprovalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new approval, its first version in {@code state}; its id. */
	public long insert(String ledger, String source, String area, LocalDate from, LocalDate to,
			Approval.State state, Instant at, String by) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into approval (ledger, source_code, area_code, first_day, last_day) values (?, ?, ?, ?, ?)
				""").params(ledger, source, area, from, to).update(keys, "id");
		long id = keys.getKey().longValue();
		appendVersion(id, 1, state, at, by, null);
		return id;
	}

	/** The next version of an approval; two requests racing for the same version leave one to the database. */
	public void appendVersion(long id, int version, Approval.State state, Instant at, String by, String reason) {
		jdbc.sql("""
				insert into approval_version (approval_id, version, state, recorded_at, recorded_by, reason)
				values (?, ?, ?, ?, ?, ?)
				""").params(id, version, state.apiName(), Timestamp.from(at), by, reason).update();
	}

	public Optional<Approval> find(long id) {
		return read(SELECT + " where a.id = ?" + ORDER, List.of(id)).stream().findFirst();
	}

	/**
	 * The approvals of a ledger and source (each null for any) whose period overlaps the days from {@code from} to
	 * {@code to} (each null for no bound), most recent periods first.
	 */
	public List<Approval> overlapping(String ledger, String source, LocalDate from, LocalDate to) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		List<Object> params = new ArrayList<>();
		if (ledger != null) {
			where.append(" and a.ledger = ?");
			params.add(ledger);
		}
		if (source != null) {
			where.append(" and a.source_code = ?");
			params.add(source);
		}
		if (to != null) {
			where.append(" and a.first_day <= ?");
			params.add(to);
		}
		if (from != null) {
			where.append(" and a.last_day >= ?");
			params.add(from);
		}
		return read(SELECT + where + ORDER, params);
	}

	/** The approvals of a ledger in force now: those that lock records. */
	public List<Approval> inForce(String ledger) {
		return read(SELECT + " where a.ledger = ? and " + IN_FORCE + ORDER, List.of(ledger));
	}

	/** Whether any approval of a ledger is in force: asked before every write of the ledger, so one probe. */
	public boolean anyInForce(String ledger) {
		return jdbc.sql("select count(*) from (select 1 from approval a where a.ledger = ? and " + IN_FORCE
				+ " fetch first 1 rows only) any_approval").param(ledger).query(Long.class).single() > 0;
	}

	/** How many versions were ever recorded: it moves with every change of an approval. */
	public long versions() {
		return jdbc.sql("select count(*) from approval_version").query(Long.class).single();
	}

	/** One version as read beside its approval's fields. */
	private record VersionRow(long id, String ledger, String source, String area, LocalDate from, LocalDate to,
			Approval.Step step) {
	}

	private List<Approval> read(String sql, List<Object> params) {
		List<VersionRow> rows = jdbc.sql(sql).params(params).query((row, n) -> new VersionRow(row.getLong("id"),
				row.getString("ledger"), row.getString("source_code"), row.getString("area_code"),
				row.getObject("first_day", LocalDate.class), row.getObject("last_day", LocalDate.class),
				new Approval.Step(row.getInt("version"), Approval.State.of(row.getString("state")),
						row.getTimestamp("recorded_at").toInstant(), row.getString("recorded_by"),
						row.getString("reason")))).list();
		Map<Long, List<VersionRow>> byApproval = new LinkedHashMap<>();
		rows.forEach(row -> byApproval.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row));
		return byApproval.values().stream().map(versions -> {
			VersionRow first = versions.get(0);
			return new Approval(first.id(), first.ledger(), first.source(), first.area(), first.from(), first.to(),
					versions.stream().map(VersionRow::step).toList());
		}).toList();
	}
}
