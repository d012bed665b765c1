package org.homeward.returns.internal;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.homeward.ledger.ChangedDay;
import org.homeward.ledger.Database;
import org.homeward.ledger.LedgerTables;
import org.homeward.ledger.RecordKey;
import org.homeward.returns.RecordFilter;
import org.homeward.returns.RecordOrder;
import org.homeward.returns.ReturnCategory;
import org.homeward.returns.ReturnCount;
import org.homeward.returns.ReturnVersion;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the versions of return records: the current ones by filter, a record's history, a source's records as
 * known at an instant, and the records a staged batch names. The kernel writes them.
 */
@Repository
public class ReturnRecords {

	private static final LedgerTables TABLES = ReturnLedgerRules.TABLES;

	private final JdbcClient jdbc;
	/** Exports: versions stream through in pages instead of arriving all at once. */
	private final JdbcTemplate streaming;

	ReturnRecords(JdbcClient jdbc, Database database) {
		this.jdbc = jdbc;
		this.streaming = database.streaming();
	}

	/** Receives the content a staged row's record has now, for rows naming a record already known. */
	interface KnownContent {
		void accept(long row, String source, String recordId, boolean voiding, ReturnCount known);
	}

	/** For each staged row of a known record, by row: the record's current content, and whether the row voids it. */
	void knownContentOfStaged(long importId, KnownContent action) {
		jdbc.sql("select s.row_number, s.voided as voiding, r.* from " + TABLES.stagedWithHeads() + """

				  join return_record r on r.id = h.version_id
				 where s.import_id = ?
				 order by s.row_number
				""").param(importId).query((row, n) -> {
					action.accept(row.getLong("row_number"), row.getString("source_code"), row.getString("record_id"),
							row.getBoolean("voiding"), version(row).content());
					return null;
				}).list();
	}

	/**
	 * The days and destinations of the records a staged batch changes: those of each current version it replaces
	 * or voids, and those of the content it adds.
	 */
	List<ChangedDay> changedDays(long importId) {
		String place = "coalesce(%1$s.adm4_code, %1$s.adm3_code, %1$s.adm2_code, %1$s.adm1_code)";
		return jdbc.sql("select distinct s.source_code, s.returned_on as changed_on, " + place.formatted("s")
				+ " as place from " + TABLES.stagedWithHeads() + " where s.import_id = ? and not s.voided and "
				+ TABLES.changes() + " union select distinct r.source_code, r.returned_on as changed_on, "
				+ place.formatted("r") + " as place from " + TABLES.stagedWithHeads()
				+ " join return_record r on r.id = h.version_id where s.import_id = ? and not h.voided and "
				+ TABLES.changes())
			.params(importId, importId)
			.query((row, n) -> new ChangedDay(row.getString("source_code"),
					row.getObject("changed_on", java.time.LocalDate.class), row.getString("place")))
			.list();
	}

	/** One page of the current versions of the records matching a filter, in the order asked for. */
	public List<ReturnVersion> find(RecordFilter filter, RecordOrder order, int offset, int limit) {
		Matching matching = Matching.of(filter);
		if (matching == null) {
			return List.of();
		}
		List<Object> params = new ArrayList<>(matching.params());
		params.add(limit);
		params.add(offset);
		return jdbc.sql("select r.* " + matching.sql() + orderBy(order) + " limit ? offset ?").params(params)
			.query((row, n) -> version(row)).list();
	}

	/** How many records match a filter, counted by the same condition {@link #find} lists them by. */
	public long count(RecordFilter filter) {
		Matching matching = Matching.of(filter);
		return matching == null ? 0
				: jdbc.sql("select count(*) " + matching.sql()).params(matching.params()).query(Long.class).single();
	}

	/** Streams the current versions of every record matching a filter, in the order {@link #find} pages them. */
	public void forEachFound(RecordFilter filter, RecordOrder order, Consumer<ReturnVersion> action) {
		Matching matching = Matching.of(filter);
		if (matching != null) {
			streaming.query("select r.* " + matching.sql() + orderBy(order),
					(java.sql.ResultSet row) -> action.accept(version(row)), matching.params().toArray());
		}
	}

	/**
	 * The from and where clauses of a filter with their parameters; null when the filter's area is empty, which
	 * matches nothing.
	 */
	private record Matching(String sql, List<Object> params) {

		static Matching of(RecordFilter filter) {
			if (filter.area() != null && filter.area().isEmpty()) {
				return null;
			}
			List<Object> params = new ArrayList<>();
			StringBuilder sql = new StringBuilder("""
					from return_record_head h join return_record r on r.id = h.version_id
					 where 1 = 1""");
			if (filter.source() != null) {
				sql.append(" and h.source_code = ?");
				params.add(filter.source());
			}
			if (filter.importId() != null) {
				sql.append(" and r.import_id = ?");
				params.add(filter.importId());
			}
			if (filter.from() != null) {
				sql.append(" and r.returned_on >= ?");
				params.add(java.sql.Date.valueOf(filter.from()));
			}
			if (filter.to() != null) {
				sql.append(" and r.returned_on <= ?");
				params.add(java.sql.Date.valueOf(filter.to()));
			}
			if (filter.category() != null) {
				sql.append(" and r.category = ?");
				params.add(filter.category().name());
			}
			if (filter.place() != null) {
				sql.append(" and ").append(namesAny(1));
				params.addAll(Collections.nCopies(5, filter.place()));
			}
			if (filter.recordId() != null) {
				sql.append(" and h.record_id = ?");
				params.add(filter.recordId());
			}
			if (filter.area() != null) {
				sql.append(" and ").append(namesAny(filter.area().size()));
				for (int i = 0; i < 5; i++) {
					params.addAll(filter.area());
				}
			}
			if (!filter.includeVoided()) {
				sql.append(" and not h.voided");
			}
			return new Matching(sql.toString(), params);
		}

		/** Whether a record names one of {@code count} places at any level of its destination, or as its entry point. */
		private static String namesAny(int count) {
			String in = " in (" + String.join(", ", Collections.nCopies(count, "?")) + ")";
			return "(r.adm1_code" + in + " or r.adm2_code" + in + " or r.adm3_code" + in + " or r.adm4_code" + in
					+ " or r.entry_point_code" + in + ")";
		}
	}

	/**
	 * An order on plain columns, the record id last: unique within a source, it makes the order total so pages are
	 * stable. A destination sorts by its codes from the governorate down, a coarser one before the finer ones in it.
	 */
	private static String orderBy(RecordOrder order) {
		String direction = order.descending() ? " desc" : "";
		String finer = order.descending() ? " desc nulls last" : " nulls first";
		return " order by " + switch (order.column()) {
			case DAY -> "r.returned_on" + direction + ", h.record_id";
			case PERSONS -> "r.persons" + direction + ", h.record_id";
			case DESTINATION -> "r.adm1_code" + direction + ", r.adm2_code" + finer + ", r.adm3_code" + finer
					+ ", r.adm4_code" + finer + ", h.record_id";
			case ID -> "h.record_id" + direction;
		};
	}

	/**
	 * Where the versions of each of these imports stand: per import, its distinct (source, finest destination,
	 * entry point or null). An import that wrote no version is not in the answer.
	 */
	public Map<Long, List<String[]>> placesOfImports(List<Long> importIds) {
		String in = String.join(", ", java.util.Collections.nCopies(importIds.size(), "?"));
		Map<Long, List<String[]>> places = new java.util.HashMap<>();
		jdbc.sql("select distinct import_id, source_code, coalesce(adm4_code, adm3_code, adm2_code, adm1_code) as finest,"
				+ " entry_point_code from return_record where import_id in (" + in + ")")
			.params(List.copyOf(importIds))
			.query((org.springframework.jdbc.core.RowCallbackHandler) row -> {
				places.computeIfAbsent(row.getLong("import_id"), id -> new java.util.ArrayList<>()).add(new String[] {
						row.getString("source_code"), row.getString("finest"), row.getString("entry_point_code") });
			});
		return places;
	}

	/** Every version of a record, oldest first; empty when the source never sent it. */
	public List<ReturnVersion> versions(RecordKey record) {
		return jdbc.sql("select * from return_record where source_code = ? and record_id = ? order by version")
			.params(record.source(), record.id()).query((row, n) -> version(row)).list();
	}

	private static ReturnVersion version(java.sql.ResultSet row) throws SQLException {
		ReturnCount content = new ReturnCount(row.getDate("returned_on").toLocalDate(),
				ReturnCategory.valueOf(row.getString("category")), row.getInt("persons"),
				new ReturnCount.Destination(row.getString("adm1_code"), row.getString("adm2_code"),
						row.getString("adm3_code"), row.getString("adm4_code")),
				strip(row.getString("origin_country")), row.getString("origin_adm1_code"),
				row.getString("entry_point_code"), integer(row, "female"), integer(row, "male"),
				new ReturnCount.AgeBreakdown(integer(row, "age_0_4"), integer(row, "age_5_11"),
						integer(row, "age_12_17"), integer(row, "age_18_59"), integer(row, "age_60_plus")),
				integer(row, "households"));
		long importId = row.getLong("import_id");
		return new ReturnVersion(row.getString("source_code"), row.getString("record_id"), row.getInt("version"),
				row.getBoolean("voided"), content, row.getTimestamp("recorded_at").toInstant(),
				row.getString("recorded_by"), row.wasNull() ? null : importId, row.getString("reason"));
	}

	private static Integer integer(java.sql.ResultSet row, String column) throws SQLException {
		int value = row.getInt(column);
		return row.wasNull() ? null : value;
	}

	private static String strip(String text) {
		return text == null ? null : text.strip();
	}

	/**
	 * Streams the versions that count for a source: the current ones, or those that were current at {@code knownAt};
	 * voided records are left out. In recording order.
	 */
	public void forEachRecord(String source, Instant knownAt, java.util.function.Consumer<ReturnVersion> action) {
		if (knownAt == null) {
			streaming.query("""
					select r.* from return_record r join return_record_head h on h.version_id = r.id
					 where r.source_code = ? and not h.voided order by r.id
					""", (java.sql.ResultSet row) -> action.accept(version(row)), source);
			return;
		}
		Timestamp at = Timestamp.from(knownAt);
		streaming.query("""
				select r.* from return_record r
				 where r.source_code = ? and r.recorded_at <= ? and not r.voided
				   and r.version = (select max(x.version) from return_record x
				                     where x.source_code = r.source_code and x.record_id = r.record_id
				                       and x.recorded_at <= ?)
				 order by r.id
				""", (java.sql.ResultSet row) -> action.accept(version(row)), source, at, at);
	}

	/**
	 * Streams a source's current records of the days {@code from}..{@code to}, voided ones left out, each with the
	 * instant its first version was recorded; by day, then id.
	 */
	public void forEachRecordOfDays(String source, java.time.LocalDate from, java.time.LocalDate to,
			java.util.function.Consumer<org.homeward.returns.RecordedReturn> action) {
		streaming.query("""
				select r.*, (select min(x.recorded_at) from return_record x
				              where x.source_code = r.source_code and x.record_id = r.record_id) as first_recorded_at
				  from return_record r join return_record_head h on h.version_id = r.id
				 where r.source_code = ? and r.returned_on between ? and ? and not h.voided
				 order by r.returned_on, r.record_id
				""", (java.sql.ResultSet row) -> action.accept(new org.homeward.returns.RecordedReturn(version(row),
						row.getTimestamp("first_recorded_at").toInstant())),
				source, java.sql.Date.valueOf(from), java.sql.Date.valueOf(to));
	}
}
