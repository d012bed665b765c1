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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.homeward.reconstruction.FacilityStatus;
import org.homeward.reconstruction.WorksUnderWay;
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

	/** Facilities or settlements recomputed per round trip. */
	private static final int CHUNK = 500;

	private static final String WORKS = FacilityStatus.WORKS_UNDER_WAY.name();

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	FacilityTimelines(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Brings the timelines in step with the versions an import (or a single change) just applied. */
	void refresh(long importId) {
		bySource(jdbc.sql("select distinct source_code, facility_code from facility_event where import_id = ?")
			.param(importId)).forEach(this::refresh);
	}

	/** Recomputes every timeline from the events: for a database whose events predate the timelines. */
	void rebuild() {
		jdbc.sql("delete from facility_span").update();
		jdbc.sql("delete from facility_settlement_works").update();
		jdbc.sql("delete from facility_works_change").update();
		bySource(jdbc.sql("select source_code, facility_code from facility")).forEach(this::refresh);
	}

	/** Facility codes by source, from a query of (source_code, facility_code). */
	private static Map<String, List<String>> bySource(JdbcClient.StatementSpec query) {
		Map<String, List<String>> facilities = new TreeMap<>();
		query.query((ResultSet row) -> {
			facilities.computeIfAbsent(row.getString(1), source -> new ArrayList<>()).add(row.getString(2));
		});
		return facilities;
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
	Map<String, Long> putIntoOperation(String source, LocalDate from, LocalDate to, boolean byType) {
		String column = byType ? "type_code" : "adm1_code";
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

	private void refresh(String source, List<String> facilities) {
		lock(source);
		Changes changes = new Changes();
		Set<String> settlements = new TreeSet<>();
		for (int i = 0; i < facilities.size(); i += CHUNK) {
			List<String> codes = facilities.subList(i, Math.min(facilities.size(), i + CHUNK));
			Map<String, Object> params = Map.of("source", source, "codes", codes);
			jdbc.sql("""
					select status, from_day, to_day, type_code, settlement_code, adm1_code from facility_span
					 where source_code = :source and facility_code in (:codes)
					""").params(params).query((ResultSet row) -> {
				changes.span(span(row), -1);
				settlements.add(row.getString("settlement_code"));
			});
			jdbc.sql("delete from facility_span where source_code = :source and facility_code in (:codes)").params(params)
				.update();
			List<Span> spans = spans(params);
			spans.forEach(span -> {
				changes.span(span, 1);
				settlements.add(span.settlement());
			});
			insert(source, spans);
		}
		List<String> places = new ArrayList<>(settlements);
		for (int i = 0; i < places.size(); i += CHUNK) {
			refreshSettlements(source, places.subList(i, Math.min(places.size(), i + CHUNK)), changes);
		}
		changes.store(source);
	}

	private void lock(String source) {
		if (jdbc.sql("update facility_figures_lock set source_code = source_code where source_code = ?").param(source)
			.update() == 0) {
			jdbc.sql("insert into facility_figures_lock (source_code) values (?)").param(source).update();
		}
	}

	/** The runs of equal statuses of the facilities, from their current events in order. */
	private List<Span> spans(Map<String, Object> params) {
		List<Span> spans = new ArrayList<>();
		String[] facility = { null };
		jdbc.sql("""
				select e.facility_code, e.status, e.status_on, f.type_code, f.settlement_code, f.adm1_code
				  from facility_event e
				  join facility_event_head h on h.version_id = e.id
				  join facility f on f.source_code = e.source_code and f.facility_code = e.facility_code
				 where e.source_code = :source and e.facility_code in (:codes) and not h.voided
				 order by e.facility_code, e.status_on, e.id
				""").params(params).query((ResultSet row) -> {
			String code = row.getString("facility_code");
			String status = row.getString("status");
			LocalDate day = row.getDate("status_on").toLocalDate();
			Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
			if (code.equals(facility[0]) && last.status().equals(status)) {
				return;
			}
			if (code.equals(facility[0])) {
				spans.set(spans.size() - 1, last.endingOn(day));
			}
			int seq = code.equals(facility[0]) ? last.seq() + 1 : 1;
			facility[0] = code;
			spans.add(new Span(code, seq, status, day, null, row.getString("type_code"),
					row.getString("settlement_code"), row.getString("adm1_code")));
		});
		return spans;
	}

	private void insert(String source, List<Span> spans) {
		template.batchUpdate("""
				insert into facility_span (source_code, facility_code, seq, status, from_day, to_day, type_code,
				                           settlement_code, adm1_code)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", spans, 2_000, (statement, span) -> {
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

	/** The days each settlement had at least one facility with works under way: the union of their runs. */
	private void refreshSettlements(String source, List<String> settlements, Changes changes) {
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
				""", union, 2_000, (statement, interval) -> {
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
