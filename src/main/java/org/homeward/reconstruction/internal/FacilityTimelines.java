package org.homeward.reconstruction.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.homeward.reconstruction.FacilityStatus;
import org.homeward.reconstruction.WorksUnderWay;
import org.homeward.ledger.Database;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The facilities' status over time, as the figures read it: runs of equal statuses per facility, the days each
 * settlement had works under way, and day-by-day changes of the works under way by type, governorate and
 * settlement. Recomputed, inside the writing transaction, for the facilities a write touched; a figure then sums
 * at most one row per day and type or governorate, however many facilities and events the ledger holds.
 */
@Repository
class FacilityTimelines {

	/** The list of facilities of a rebuild; writes list theirs under their import's id, which starts at 1. */
	private static final long REBUILD = 0;

	/** From this many facilities on, PostgreSQL's statistics are brought up to date before the joins are planned. */
	private static final int ANALYZE_FROM_FACILITIES = 2_000;

	private static final int BATCH_SIZE = 2_000;

	private static final int SETTLEMENTS_PER_LIST = 500;

	private static final String WORKS = FacilityStatus.WORKS_UNDER_WAY.name();

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final JdbcTemplate streaming;
	private final boolean postgres;

	FacilityTimelines(JdbcClient jdbc, JdbcTemplate template, Database database) {
		this.jdbc = jdbc;
		this.template = template;
		// spans and events of a large write stream through in pages instead of arriving all at once
		this.streaming = database.streaming();
		this.postgres = database.isPostgres();
	}

	/**
	 * Brings the timelines in step with the versions an import (or a single change) just applied: those of the
	 * facilities the new versions name, and of those the versions before them named, which a correction that
	 * names another facility leaves.
	 */
	void refresh(long importId) {
		int facilities = jdbc.sql("""
				insert into facility_timeline_refresh (import_id, source_code, facility_code)
				select import_id, source_code, facility_code from facility_event where import_id = ?
				union
				select n.import_id, p.source_code, p.facility_code
				  from facility_event n
				  join facility_event p on p.source_code = n.source_code and p.event_id = n.event_id
				                       and p.version = n.version - 1
				 where n.import_id = ?
				""").params(importId, importId).update();
		refreshListed(importId, facilities);
	}

	/** Recomputes every timeline from the events: for a database whose events predate the timelines. */
	void rebuild() {
		jdbc.sql("delete from facility_span").update();
		jdbc.sql("delete from facility_settlement_works").update();
		jdbc.sql("delete from facility_works_change").update();
		int facilities = jdbc.sql("""
				insert into facility_timeline_refresh (import_id, source_code, facility_code)
				select ?, source_code, facility_code from facility
				""").param(REBUILD).update();
		refreshListed(REBUILD, facilities);
	}

	/**
	 * Recomputes the timelines of the listed facilities, of every source at once. The joins match the list on
	 * source and code and never name a source: a source the planner's statistics do not know yet would be taken
	 * for one row, and a join planned on that has read billions of rows for a thousand facilities.
	 */
	private void refreshListed(long listId, int facilities) {
		if (postgres && facilities >= ANALYZE_FROM_FACILITIES) {
			// filled in this transaction, these tables would be planned as if empty: nested loops over millions
			jdbc.sql("analyze facility_timeline_refresh, facility_event, facility_event_head, facility, facility_span")
				.update();
		}
		List<String> sources = jdbc.sql("""
				select distinct source_code from facility_timeline_refresh where import_id = ? order by source_code
				""").param(listId).query(String.class).list();
		// in the order of their codes, so that two writes of several sources wait for each other, never deadlock
		sources.forEach(this::lock);
		Map<String, Changes> changes = new TreeMap<>();
		streaming.query("""
				select s.source_code, s.status, s.from_day, s.to_day, s.type_code, s.settlement_code, s.adm1_code
				  from facility_timeline_refresh r
				  join facility_span s on s.source_code = r.source_code and s.facility_code = r.facility_code
				 where r.import_id = ?
				""", (ResultSet row) -> changesOf(changes, row.getString("source_code")).span(span(row), -1), listId);
		jdbc.sql("""
				delete from facility_span s
				 where exists (select 1 from facility_timeline_refresh r
				                where r.import_id = ? and r.source_code = s.source_code and r.facility_code = s.facility_code)
				""").param(listId).update();
		SpanWriter spans = new SpanWriter(changes);
		streaming.query("""
				select e.source_code, e.facility_code, e.status, e.status_on, f.type_code, f.settlement_code, f.adm1_code
				  from facility_timeline_refresh r
				  join facility f on f.source_code = r.source_code and f.facility_code = r.facility_code
				  join facility_event e on e.source_code = r.source_code and e.facility_code = r.facility_code
				  join facility_event_head h on h.version_id = e.id
				 where r.import_id = ? and not h.voided
				 order by e.source_code, e.facility_code, e.status_on, e.id
				""", (ResultSet row) -> spans.event(row), listId);
		spans.finish();
		Map<String, List<String>> settlements = new TreeMap<>();
		jdbc.sql("""
				select distinct r.source_code, f.settlement_code
				  from facility_timeline_refresh r
				  join facility f on f.source_code = r.source_code and f.facility_code = r.facility_code
				 where r.import_id = ?
				 order by r.source_code, f.settlement_code
				""").param(listId).query((ResultSet row) -> {
			settlements.computeIfAbsent(row.getString(1), any -> new ArrayList<>()).add(row.getString(2));
		});
		for (String source : sources) {
			Changes ofSource = changesOf(changes, source);
			refreshSettlements(source, settlements.getOrDefault(source, List.of()), ofSource);
			ofSource.store(source);
		}
		jdbc.sql("delete from facility_timeline_refresh where import_id = ?").param(listId).update();
	}

	private Changes changesOf(Map<String, Changes> changes, String source) {
		return changes.computeIfAbsent(source, any -> new Changes());
	}

	boolean isEmpty() {
		return jdbc.sql("select count(*) from (select 1 from facility_span limit 1) any_span").query(Long.class)
			.single() == 0;
	}

	/** Works under way at the end of a day, from the changes up to it. */
	WorksUnderWay worksUnderWay(String source, LocalDate asOf) {
		Map<String, Long> byType = new TreeMap<>();
		Map<String, Long> byGovernorate = new TreeMap<>();
		long[] settlements = { 0 };
		jdbc.sql("""
				select dimension, dimension_key, sum(delta) as facilities from facility_works_change
				 where source_code = ? and changed_on <= ?
				 group by dimension, dimension_key
				""").params(source, Date.valueOf(asOf)).query((ResultSet row) -> {
			long count = row.getLong("facilities");
			if (count > 0) {
				switch (row.getString("dimension")) {
					case "T" -> byType.put(row.getString("dimension_key"), count);
					case "G" -> byGovernorate.put(row.getString("dimension_key"), count);
					default -> settlements[0] = count;
				}
			}
		});
		return new WorksUnderWay(settlements[0], byType, byGovernorate);
	}

	/** Facilities whose status became "in operation" on a day of the period, each counted once. */
	Map<String, Long> putIntoOperation(String source, LocalDate from, LocalDate to, FacilityGrouping by) {
		String column = by.column();
		Map<String, Long> counts = new TreeMap<>();
		jdbc.sql("""
				select %1$s as k, count(distinct facility_code) as facilities from facility_span
				 where source_code = ? and status = 'IN_OPERATION' and from_day >= ? and from_day <= ?
				 group by %1$s
				""".formatted(column)).params(source, Date.valueOf(from), Date.valueOf(to))
			.query((ResultSet row) -> {
				counts.put(row.getString("k"), row.getLong("facilities"));
			});
		return counts;
	}

	private void lock(String source) {
		if (jdbc.sql("update facility_figures_lock set source_code = source_code where source_code = ?").param(source)
			.update() == 0) {
			jdbc.sql("insert into facility_figures_lock (source_code) values (?)").param(source).update();
		}
	}

	/**
	 * Turns the current events of facilities, in order of facility, day and entry, into runs of equal statuses, and
	 * inserts them in batches as they complete.
	 */
	private final class SpanWriter {

		private final Map<String, Changes> changes;
		private final List<Span> complete = new ArrayList<>();
		/** The source of the runs read last, and of those not yet written. */
		private String source;
		/** The latest run of the facility being read, which the next event may end. */
		private Span open;

		SpanWriter(Map<String, Changes> changes) {
			this.changes = changes;
		}

		void event(ResultSet row) throws SQLException {
			String eventSource = row.getString("source_code");
			String facility = row.getString("facility_code");
			String status = row.getString("status");
			LocalDate day = row.getDate("status_on").toLocalDate();
			boolean sameFacility = open != null && eventSource.equals(source) && open.facility().equals(facility);
			if (sameFacility && open.status().equals(status)) {
				return;
			}
			int seq = sameFacility ? open.seq() + 1 : 1;
			if (open != null) {
				add(sameFacility ? open.endingOn(day) : open);
			}
			if (!eventSource.equals(source)) {
				write();
				source = eventSource;
			}
			open = new Span(facility, seq, status, day, null, row.getString("type_code"),
					row.getString("settlement_code"), row.getString("adm1_code"));
		}

		void finish() {
			if (open != null) {
				add(open);
				open = null;
			}
			write();
		}

		private void add(Span span) {
			changesOf(changes, source).span(span, 1);
			complete.add(span);
			if (complete.size() >= BATCH_SIZE) {
				write();
			}
		}

		private void write() {
			if (!complete.isEmpty()) {
				insert(source, complete);
				complete.clear();
			}
		}
	}

	private void insert(String source, List<Span> spans) {
		template.batchUpdate("""
				insert into facility_span (source_code, facility_code, seq, status, from_day, to_day, type_code,
				                           settlement_code, adm1_code)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", spans, BATCH_SIZE, (statement, span) -> {
			statement.setString(1, source);
			statement.setString(2, span.facility());
			statement.setInt(3, span.seq());
			statement.setString(4, span.status());
			statement.setDate(5, Date.valueOf(span.from()));
			setDay(statement, 6, span.to());
			statement.setString(7, span.type());
			statement.setString(8, span.settlement());
			statement.setString(9, span.adm1());
		});
	}

	/**
	 * The days each settlement of the listed facilities had at least one facility with works under way: the union
	 * of their runs. A facility never moves, so these are the settlements whose works the write can have changed;
	 * there are at most as many as the country has settlements, so they are sent as lists.
	 */
	private void refreshSettlements(String source, List<String> settlements, Changes changes) {
		for (int i = 0; i < settlements.size(); i += SETTLEMENTS_PER_LIST) {
			List<String> listed = settlements.subList(i, Math.min(settlements.size(), i + SETTLEMENTS_PER_LIST));
			refreshSettlementList(source, listed, changes);
		}
	}

	private void refreshSettlementList(String source, List<String> settlements, Changes changes) {
		Map<String, Object> params = Map.of("source", source, "settlements", settlements);
		jdbc.sql("""
				select from_day, to_day from facility_settlement_works
				 where source_code = :source and settlement_code in (:settlements)
				""").params(params).query((ResultSet row) -> {
			changes.settlement(day(row, "from_day"), day(row, "to_day"), -1);
		});
		jdbc.sql("delete from facility_settlement_works where source_code = :source and settlement_code in (:settlements)")
			.params(params).update();
		List<Span> union = new ArrayList<>();
		jdbc.sql("""
				select settlement_code, from_day, to_day from facility_span
				 where source_code = :source and settlement_code in (:settlements) and status = '%s'
				 order by settlement_code, from_day
				""".formatted(WORKS)).params(params).query((ResultSet row) -> {
			LocalDate from = day(row, "from_day");
			LocalDate to = day(row, "to_day");
			if (to != null && !to.isAfter(from)) {
				return;
			}
			String settlement = row.getString("settlement_code");
			Span last = union.isEmpty() ? null : union.get(union.size() - 1);
			if (last != null && last.settlement().equals(settlement)
					&& (last.to() == null || !from.isAfter(last.to()))) {
				LocalDate end = last.to() == null || to == null ? null : (to.isAfter(last.to()) ? to : last.to());
				union.set(union.size() - 1, last.endingOn(end));
				return;
			}
			union.add(new Span(null, 0, WORKS, from, to, null, settlement, null));
		});
		union.forEach(interval -> changes.settlement(interval.from(), interval.to(), 1));
		template.batchUpdate("""
				insert into facility_settlement_works (source_code, settlement_code, from_day, to_day)
				values (?, ?, ?, ?)
				""", union, BATCH_SIZE, (statement, interval) -> {
			statement.setString(1, source);
			statement.setString(2, interval.settlement());
			statement.setDate(3, Date.valueOf(interval.from()));
			setDay(statement, 4, interval.to());
		});
	}

	private static Span span(ResultSet row) throws SQLException {
		return new Span(null, 0, row.getString("status"), day(row, "from_day"), day(row, "to_day"),
				row.getString("type_code"), row.getString("settlement_code"), row.getString("adm1_code"));
	}

	private static LocalDate day(ResultSet row, String column) throws SQLException {
		Date day = row.getDate(column);
		return day == null ? null : day.toLocalDate();
	}

	private static void setDay(java.sql.PreparedStatement statement, int index, LocalDate day) throws SQLException {
		if (day == null) {
			statement.setNull(index, Types.DATE);
		}
		else {
			statement.setDate(index, Date.valueOf(day));
		}
	}

	/** A run of one status from a day until another (null: still so); for settlements, a run of works. */
	private record Span(String facility, int seq, String status, LocalDate from, LocalDate to, String type,
			String settlement, String adm1) {

		Span endingOn(LocalDate day) {
			return new Span(facility, seq, status, from, day, type, settlement, adm1);
		}

		boolean countsWorks() {
			return status.equals(WORKS) && (to == null || to.isAfter(from));
		}
	}

	private record Change(LocalDate day, String dimension, String key) {
	}

	/** The changes a write makes to the day-by-day works under way, summed before they are stored. */
	private final class Changes {

		private final Map<Change, Long> deltas = new HashMap<>();

		void span(Span span, int sign) {
			if (span.countsWorks()) {
				add(span.from(), span.to(), "T", span.type(), sign);
				add(span.from(), span.to(), "G", span.adm1(), sign);
			}
		}

		void settlement(LocalDate from, LocalDate to, int sign) {
			add(from, to, "S", "", sign);
		}

		private void add(LocalDate from, LocalDate to, String dimension, String key, int sign) {
			deltas.merge(new Change(from, dimension, key), (long) sign, Long::sum);
			if (to != null) {
				deltas.merge(new Change(to, dimension, key), (long) -sign, Long::sum);
			}
		}

		void store(String source) {
			List<Map.Entry<Change, Long>> changed = deltas.entrySet().stream().filter(e -> e.getValue() != 0).toList();
			int[][] updated = template.batchUpdate("""
					update facility_works_change set delta = delta + ?
					 where source_code = ? and changed_on = ? and dimension = ? and dimension_key = ?
					""", changed, 2_000, (statement, change) -> {
				statement.setLong(1, change.getValue());
				statement.setString(2, source);
				statement.setDate(3, Date.valueOf(change.getKey().day()));
				statement.setString(4, change.getKey().dimension());
				statement.setString(5, change.getKey().key());
			});
			List<Map.Entry<Change, Long>> missing = new ArrayList<>();
			int index = 0;
			for (int[] batch : updated) {
				for (int count : batch) {
					if (count == 0) {
						missing.add(changed.get(index));
					}
					index++;
				}
			}
			template.batchUpdate("""
					insert into facility_works_change (source_code, changed_on, dimension, dimension_key, delta)
					values (?, ?, ?, ?, ?)
					""", missing, 2_000, (statement, change) -> {
				statement.setString(1, source);
				statement.setDate(2, Date.valueOf(change.getKey().day()));
				statement.setString(3, change.getKey().dimension());
				statement.setString(4, change.getKey().key());
				statement.setLong(5, change.getValue());
			});
		}
	}
}
