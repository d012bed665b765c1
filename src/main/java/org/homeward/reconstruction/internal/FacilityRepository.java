package org.homeward.reconstruction.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.homeward.reconstruction.FacilityType;
import org.homeward.reconstruction.WorksUnderWay;
import org.homeward.ledger.CopyRows;
import org.homeward.ledger.Database;
import org.homeward.ledger.ImportSummary;
import org.homeward.ledger.PreviousImport;
import org.homeward.web.InputError;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * SQL of the reconstruction module: facility types, the facility registry, the versioned status events (staged,
 * checked and applied set-based like return counts) and the figures read from them.
 */
@Repository
class FacilityRepository {

	static final int BATCH_SIZE = 2_000;

	private static final String HEAD_OF_STAGED = """
			facility_import_row s
			left join facility_event_head h on h.source_code = s.source_code and h.event_id = s.event_id""";

	private static final String CHANGES = """
			(h.event_id is null or s.voided <> h.voided or (not s.voided and h.content_hash <> s.content_hash))""";

	private static final String STAGED_COLUMNS = """
			import_id, row_number, source_code, event_id, voided, facility_code, facility_name, type_code, adm1_code,
			settlement_code, status, status_on, content_hash""";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final JdbcTemplate streaming;
	private final Database database;

	FacilityRepository(JdbcClient jdbc, JdbcTemplate template, Database database) {
		this.jdbc = jdbc;
		this.template = template;
		// exports: events stream through in pages instead of arriving all at once
		this.streaming = database.streaming();
		this.database = database;
	}

	List<FacilityType> types() {
		// read by the columns selected: a mapper guessing names looks for nameEn first, a database error on H2
		return jdbc.sql("select code, name_en, name_ru, name_ar, ordinal, forms_en, forms_ru, forms_ar from facility_type order by ordinal")
			.query((row, n) -> new FacilityType(row.getString("code"), row.getString("name_en"), row.getString("name_ru"),
					row.getString("name_ar"), row.getInt("ordinal"), row.getString("forms_en"), row.getString("forms_ru"),
					row.getString("forms_ar")))
			.list();
	}

	long startImport(String idempotencyKey, String fileName, Instant at, String by) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into facility_import (idempotency_key, file_name, file_sha256, rows_read, created, superseded,
				                             unchanged, voided, imported_at, imported_by)
				values (?, ?, '', 0, 0, 0, 0, 0, ?, ?)
				""").params(idempotencyKey, fileName, Timestamp.from(at), by).update(keys, "id");
		return keys.getKey().longValue();
	}

	void stage(long importId, List<StagedEvent> events) {
		if (database.isPostgres()) {
			// PostgreSQL's bulk load: one message for the batch instead of a statement per row
			CopyRows copy = new CopyRows(events.size());
			events.forEach(event -> copy.value(importId).value(event.row()).text(event.sourceCode())
				.text(event.eventId()).value(event.voided()).text(event.facilityCode()).text(event.facilityName())
				.text(event.typeCode()).text(event.adm1()).text(event.settlement())
				.text(event.status() == null ? null : event.status().name()).value(event.day())
				.text(event.contentHash()).endRow());
			database.copy("copy facility_import_row (" + STAGED_COLUMNS + ") from stdin (format csv)", copy);
			return;
		}
		template.batchUpdate("insert into facility_import_row (" + STAGED_COLUMNS
				+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", events, events.size(), (statement, event) -> {
			statement.setLong(1, importId);
			statement.setLong(2, event.row());
			statement.setString(3, event.sourceCode());
			statement.setString(4, event.eventId());
			statement.setBoolean(5, event.voided());
			statement.setString(6, event.facilityCode());
			statement.setString(7, event.facilityName());
			statement.setString(8, event.typeCode());
			statement.setString(9, event.adm1());
			statement.setString(10, event.settlement());
			statement.setString(11, event.status() == null ? null : event.status().name());
			if (event.day() == null) {
				statement.setNull(12, Types.DATE);
			}
			else {
				statement.setDate(12, Date.valueOf(event.day()));
			}
			statement.setString(13, event.contentHash());
		});
	}

	/** Event ids used twice in the batch, each row after the first named. */
	List<InputError> duplicatedEvents(long importId, String column, int limit) {
		List<InputError> errors = new ArrayList<>();
		jdbc.sql("""
				select source_code, event_id from facility_import_row where import_id = ?
				 group by source_code, event_id having count(*) > 1 limit ?
				""").params(importId, limit).query((row, n) -> new String[] { row.getString(1), row.getString(2) })
			.list().forEach(key -> {
				List<Long> rows = jdbc.sql("""
						select row_number from facility_import_row
						 where import_id = ? and source_code = ? and event_id = ? order by row_number
						""").params(importId, key[0], key[1]).query(Long.class).list();
				rows.subList(1, rows.size()).forEach(row -> errors.add(new InputError(row, column, key[1],
						"Row " + rows.get(0) + " already has this id for source " + key[0] + "; an id names one event.")));
			});
		return errors;
	}

	List<InputError> voidsOfUnknownEvents(long importId, String column, int limit) {
		return jdbc.sql("select s.row_number, s.event_id, s.source_code from " + HEAD_OF_STAGED + """

				 where s.import_id = ? and s.voided and h.event_id is null
				 order by s.row_number limit ?
				""").params(importId, limit).query((row, n) -> new InputError(row.getLong("row_number"), column,
						row.getString("event_id"), noEventToRetract(row.getString("source_code")))).list();
	}

	/** The refusal of a void whose event the source never sent. */
	static String noEventToRetract(String source) {
		return "Source " + source + " has no status event with this id to retract.";
	}

	/** A staged row's event or facility as already known: the settlement it stands in. */
	record KnownSettlement(String source, String code, boolean voiding, String settlement) {
	}

	/**
	 * For each staged row of a known event, by row: the event's id, whether the row voids it, and the settlement of
	 * the facility its current version names.
	 */
	java.util.Map<Long, KnownSettlement> settlementsOfKnownEvents(long importId) {
		java.util.Map<Long, KnownSettlement> found = new java.util.LinkedHashMap<>();
		jdbc.sql("""
				select s.row_number, s.source_code, s.event_id, s.voided, f.settlement_code
				  from facility_import_row s
				  join facility_event_head h on h.source_code = s.source_code and h.event_id = s.event_id
				  join facility_event e on e.id = h.version_id
				  join facility f on f.source_code = e.source_code and f.facility_code = e.facility_code
				 where s.import_id = ?
				 order by s.row_number
				""").param(importId).query((row, n) -> found.put(row.getLong("row_number"),
						new KnownSettlement(row.getString("source_code"), row.getString("event_id"),
								row.getBoolean("voided"), row.getString("settlement_code")))).list();
		return found;
	}

	/** For each staged row naming a registered facility, by row: the facility's code and its settlement. */
	java.util.Map<Long, KnownSettlement> settlementsOfKnownFacilities(long importId) {
		java.util.Map<Long, KnownSettlement> found = new java.util.LinkedHashMap<>();
		jdbc.sql("""
				select s.row_number, s.source_code, s.facility_code, f.settlement_code
				  from facility_import_row s
				  join facility f on f.source_code = s.source_code and f.facility_code = s.facility_code
				 where s.import_id = ? and not s.voided
				 order by s.row_number
				""").param(importId).query((row, n) -> found.put(row.getLong("row_number"),
						new KnownSettlement(row.getString("source_code"), row.getString("facility_code"), false,
								row.getString("settlement_code")))).list();
		return found;
	}

	/**
	 * Rows that give a known facility (or one named twice in the batch) another type or another settlement: a
	 * facility does not move or change kind without anyone saying so.
	 */
	List<InputError> facilitiesChanged(long importId, String typeColumn, String placeColumn, int limit) {
		List<InputError> errors = new ArrayList<>(jdbc.sql("""
				select s.row_number, s.facility_code, s.type_code, s.settlement_code, f.type_code as known_type,
				       f.settlement_code as known_settlement
				  from facility_import_row s
				  join facility f on f.source_code = s.source_code and f.facility_code = s.facility_code
				 where s.import_id = ? and not s.voided
				   and (f.type_code <> s.type_code or f.settlement_code <> s.settlement_code)
				 order by s.row_number limit ?
				""").params(importId, limit).query((row, n) -> {
			boolean moved = !row.getString("known_settlement").equals(row.getString("settlement_code"));
			return new InputError(row.getLong("row_number"), moved ? placeColumn : typeColumn,
					moved ? row.getString("settlement_code") : row.getString("type_code"),
					"Facility " + row.getString("facility_code") + (moved
							? " stands in " + row.getString("known_settlement") + "; a facility does not move to another "
									+ "settlement. Give the new place a facility code of its own."
							: " is a " + row.getString("known_type") + "; a facility keeps its type."));
		}).list());
		jdbc.sql("""
				select facility_code, min(row_number) as first_row, max(row_number) as last_row
				  from facility_import_row where import_id = ? and not voided
				 group by source_code, facility_code
				having count(distinct settlement_code) > 1 or count(distinct type_code) > 1
				 limit ?
				""").params(importId, limit).query((row, n) -> new InputError(row.getLong("last_row"), placeColumn,
						row.getString("facility_code"), "Rows " + row.getLong("first_row") + " and "
								+ row.getLong("last_row") + " give this facility different settlements or types."))
			.list().forEach(errors::add);
		return errors;
	}

	ImportSummary apply(long importId, long rowsRead, Instant at, String by, String reason) {
		ImportSummary summary = jdbc.sql("select "
				+ "coalesce(sum(case when h.event_id is null then 1 else 0 end), 0) as created, "
				+ "coalesce(sum(case when h.event_id is not null and not s.voided and (h.voided or h.content_hash <> s.content_hash) then 1 else 0 end), 0) as superseded, "
				+ "coalesce(sum(case when h.event_id is not null and s.voided and not h.voided then 1 else 0 end), 0) as voided, "
				+ "coalesce(sum(case when h.event_id is not null and not " + CHANGES + " then 1 else 0 end), 0) as unchanged "
				+ "from " + HEAD_OF_STAGED + " where s.import_id = ?")
			.param(importId)
			.query((row, n) -> new ImportSummary(importId, rowsRead, row.getLong("created"), row.getLong("superseded"),
					row.getLong("unchanged"), row.getLong("voided"), List.of()))
			.single();
		Timestamp recordedAt = Timestamp.from(at);
		jdbc.sql("""
				insert into facility (source_code, facility_code, type_code, settlement_code, adm1_code, name,
				                      registered_at)
				select s.source_code, s.facility_code, max(s.type_code), max(s.settlement_code), max(s.adm1_code),
				       max(s.facility_name), ?
				  from facility_import_row s
				 where s.import_id = ? and not s.voided
				   and not exists (select 1 from facility f
				                    where f.source_code = s.source_code and f.facility_code = s.facility_code)
				 group by s.source_code, s.facility_code
				""").params(recordedAt, importId).update();
		String into = """
				insert into facility_event (source_code, event_id, version, voided, facility_code, status, status_on,
				                            content_hash, recorded_at, recorded_by, import_id, reason)
				""";
		jdbc.sql(into + "select s.source_code, s.event_id, coalesce(h.version, 0) + 1, false, s.facility_code, "
				+ "s.status, s.status_on, s.content_hash, ?, ?, s.import_id, ? from " + HEAD_OF_STAGED
				+ " where s.import_id = ? and not s.voided and " + CHANGES)
			.params(recordedAt, by, reason, importId).update();
		jdbc.sql(into + "select e.source_code, e.event_id, h.version + 1, true, e.facility_code, e.status, e.status_on, "
				+ "e.content_hash, ?, ?, s.import_id, ? from " + HEAD_OF_STAGED
				+ " join facility_event e on e.id = h.version_id where s.import_id = ? and s.voided and not h.voided")
			.params(recordedAt, by, reason, importId).update();
		jdbc.sql("""
				merge into facility_event_head h
				using (select source_code, event_id, version, id, content_hash, voided
				         from facility_event where import_id = ?) v
				   on h.source_code = v.source_code and h.event_id = v.event_id
				 when matched then update set version = v.version, version_id = v.id, content_hash = v.content_hash,
				      voided = v.voided
				 when not matched then insert (source_code, event_id, version, version_id, content_hash, voided)
				      values (v.source_code, v.event_id, v.version, v.id, v.content_hash, v.voided)
				""").param(importId).update();
		jdbc.sql("delete from facility_import_row where import_id = ?").param(importId).update();
		return summary;
	}

	void finish(long importId, ImportSummary summary, String fileSha256, String ignoredColumns) {
		jdbc.sql("""
				update facility_import
				   set file_sha256 = ?, rows_read = ?, created = ?, superseded = ?, unchanged = ?, voided = ?,
				       ignored_columns = ?
				 where id = ?
				""").params(fileSha256, summary.rows(), summary.created(), summary.superseded(), summary.unchanged(),
				summary.voided(), ignoredColumns, importId).update();
	}

	Optional<PreviousImport> findByIdempotencyKey(String account, String key) {
		return jdbc.sql("select " + PreviousImport.COLUMNS + " from facility_import where imported_by = ? and idempotency_key = ?")
			.params(account, key).query((row, n) -> PreviousImport.of(row)).optional();
	}

	/**
	 * Facilities whose status became "in operation" on a day of the period (from a different status, or as their
	 * first known status), by type or by governorate; each facility counted once.
	 */
	Map<String, Long> putIntoOperation(String source, LocalDate from, LocalDate to, Instant knownAt, boolean byType) {
		String column = byType ? "type_code" : "adm1_code";
		Map<String, Long> counts = new TreeMap<>();
		MapSqlParameterSource params = params(source, to, knownAt).addValue("from", Date.valueOf(from));
		jdbc.sql("with events as (" + events(source, knownAt, params) + """
				), ordered as (
				    select facility_code, status, status_on,
				           lag(status) over (partition by facility_code order by status_on, id) as previous
				      from events)
				select f.%1$s as k, count(distinct o.facility_code) as facilities
				  from ordered o
				  join facility f on f.source_code = :source and f.facility_code = o.facility_code
				 where o.status = 'IN_OPERATION' and (o.previous is null or o.previous <> 'IN_OPERATION')
				   and o.status_on >= :from
				 group by f.%1$s
				""".formatted(column)).paramSource(params)
			.query((java.sql.ResultSet row) -> {
				counts.put(row.getString("k"), row.getLong("facilities"));
			});
		return counts;
	}

	/**
	 * Facilities whose latest status on or before {@code asOf} is "works under way": by type, by governorate, and
	 * the settlements they stand in, all from one grouping.
	 */
	WorksUnderWay worksUnderWay(String source, LocalDate asOf, Instant knownAt) {
		Map<String, Long> byType = new TreeMap<>();
		Map<String, Long> byGovernorate = new TreeMap<>();
		Set<String> settlements = new TreeSet<>();
		MapSqlParameterSource params = params(source, asOf, knownAt);
		jdbc.sql("with events as (" + events(source, knownAt, params) + """
				), latest as (
				    select facility_code, status,
				           row_number() over (partition by facility_code order by status_on desc, id desc) as recency
				      from events)
				select f.type_code, f.settlement_code, f.adm1_code, count(*) as facilities
				  from latest l
				  join facility f on f.source_code = :source and f.facility_code = l.facility_code
				 where l.recency = 1 and l.status = 'WORKS_UNDER_WAY'
				 group by f.type_code, f.settlement_code, f.adm1_code
				""").paramSource(params).query((java.sql.ResultSet row) -> {
			byType.merge(row.getString("type_code"), row.getLong("facilities"), Long::sum);
			byGovernorate.merge(row.getString("adm1_code"), row.getLong("facilities"), Long::sum);
			settlements.add(row.getString("settlement_code"));
		});
		return new WorksUnderWay(settlements.size(), byType, byGovernorate);
	}

	/** Events changed after K that a query as known at K looks up one by one; more are read set-based. */
	private static final int CHANGED_LOOKUP_LIMIT = 1_000;

	/**
	 * The events that count for a source up to a day: current versions, or those current at {@code knownAt}. A
	 * current version recorded by K was also current at K, so only the events changed since K need their older
	 * version looked up: the cost follows the changes since K, not the ledger.
	 */
	private String events(String source, Instant knownAt, MapSqlParameterSource params) {
		String current = """
				select e.id, e.facility_code, e.status, e.status_on
				  from facility_event e join facility_event_head h on h.version_id = e.id
				 where e.source_code = :source and not h.voided and e.status_on <= :to""";
		if (knownAt == null) {
			return current;
		}
		List<String> changed = jdbc.sql("""
				select distinct event_id from facility_event where source_code = ? and recorded_at > ? limit ?""")
			.params(source, Timestamp.from(knownAt), CHANGED_LOOKUP_LIMIT + 1).query(String.class).list();
		String currentAtK = current + " and e.recorded_at <= :knownAt";
		if (changed.isEmpty()) {
			return currentAtK;
		}
		String changedEvents;
		if (changed.size() <= CHANGED_LOOKUP_LIMIT) {
			params.addValue("changed", changed);
			changedEvents = ":changed";
		}
		else {
			changedEvents = "select c.event_id from facility_event c where c.source_code = :source and c.recorded_at > :knownAt";
		}
		return currentAtK + """

				union all
				select e.id, e.facility_code, e.status, e.status_on
				  from facility_event e
				 where e.source_code = :source and e.event_id in (%1$s)
				   and e.recorded_at <= :knownAt and not e.voided and e.status_on <= :to
				   and e.version = (select max(x.version) from facility_event x
				                     where x.source_code = :source and x.event_id = e.event_id
				                       and x.recorded_at <= :knownAt)""".formatted(changedEvents);
	}

	private static MapSqlParameterSource params(String source, LocalDate to,
			Instant knownAt) {
		var params = new MapSqlParameterSource()
			.addValue("source", source).addValue("to", Date.valueOf(to));
		if (knownAt != null) {
			params.addValue("knownAt", Timestamp.from(knownAt));
		}
		return params;
	}

	/** The facility as registered, with the current versions of its status events in order. */
	/** Facilities of a source with their latest status, by code; filters optional; one more than the limit. */
	List<org.homeward.reconstruction.FacilityListing> list(String source, String type, String status, String adm1,
			int offset, int limit) {
		List<Object> params = new ArrayList<>();
		params.add(source);
		params.add(source);
		StringBuilder sql = new StringBuilder("""
				select f.facility_code, f.name, f.type_code, f.settlement_code, f.adm1_code, l.status, l.status_on
				  from facility f
				  left join (select facility_code, status, from_day as status_on from facility_span
				              where source_code = ? and to_day is null) l
				         on l.facility_code = f.facility_code
				 where f.source_code = ?
				""");
		if (type != null) {
			sql.append(" and f.type_code = ?");
			params.add(type);
		}
		if (status != null) {
			sql.append(" and l.status = ?");
			params.add(status);
		}
		if (adm1 != null) {
			sql.append(" and f.adm1_code = ?");
			params.add(adm1);
		}
		sql.append(" order by f.facility_code limit ? offset ?");
		params.add(limit + 1);
		params.add(offset);
		return jdbc.sql(sql.toString()).params(params).query((row, n) -> new org.homeward.reconstruction.FacilityListing(
				source, row.getString("facility_code"), row.getString("name"), row.getString("type_code"),
				row.getString("settlement_code"), row.getString("adm1_code"),
				row.getString("status") == null ? null : org.homeward.reconstruction.FacilityStatus.valueOf(row.getString("status")),
				row.getDate("status_on") == null ? null : row.getDate("status_on").toLocalDate())).list();
	}

	Optional<org.homeward.reconstruction.FacilityHistory> history(String source, String facilityCode) {
		return jdbc.sql("""
				select source_code, facility_code, type_code, settlement_code, adm1_code, name from facility
				 where source_code = ? and facility_code = ?
				""").params(source, facilityCode).query((row, n) -> new org.homeward.reconstruction.FacilityHistory(
						row.getString("source_code"), row.getString("facility_code"), row.getString("type_code"),
						row.getString("settlement_code"), row.getString("adm1_code"), row.getString("name"),
						events(row.getString("source_code"), row.getString("facility_code")))).optional();
	}

	private List<org.homeward.reconstruction.FacilityHistory.Event> events(String source, String facilityCode) {
		return jdbc.sql("""
				select e.event_id, e.status, e.status_on, e.version, e.recorded_at, e.recorded_by, e.reason
				  from facility_event e join facility_event_head h on h.version_id = e.id
				 where e.source_code = ? and e.facility_code = ? and not h.voided
				 order by e.status_on, e.id
				""").params(source, facilityCode).query((row, n) -> new org.homeward.reconstruction.FacilityHistory.Event(
						row.getString("event_id"),
						org.homeward.reconstruction.FacilityStatus.valueOf(row.getString("status")),
						row.getDate("status_on").toLocalDate(), row.getInt("version"),
						row.getTimestamp("recorded_at").toInstant(), row.getString("recorded_by"),
						row.getString("reason"))).list();
	}

	/** Streams the status events that count for a source (current versions), with their facility, for exports. */
	void forEachEvent(String source, java.util.function.Consumer<String[]> action) {
		streaming.query("""
				select e.event_id, e.source_code, e.facility_code, f.name, f.type_code, f.adm1_code, f.settlement_code,
				       e.status, e.status_on
				  from facility_event e
				  join facility_event_head h on h.version_id = e.id
				  join facility f on f.source_code = e.source_code and f.facility_code = e.facility_code
				 where e.source_code = ? and not h.voided
				 order by e.id
				""", (java.sql.ResultSet row) -> action.accept(new String[] { row.getString(1), row.getString(2),
						row.getString(3), row.getString(4), row.getString(5), row.getString(6), row.getString(7),
						row.getString(8).toLowerCase(java.util.Locale.ROOT), row.getDate(9).toLocalDate().toString() }),
				source);
	}

	/** When the source's facility events last changed; empty when it has none. */
	Optional<Instant> lastChange(String source) {
		List<Timestamp> last = jdbc.sql("select max(recorded_at) from facility_event where source_code = ?")
			.param(source).query((row, n) -> row.getTimestamp(1)).list();
		return last.isEmpty() ? Optional.empty() : Optional.ofNullable(last.get(0)).map(Timestamp::toInstant);
	}

	/** Whether any source has sent a facility status event. */
	boolean hasEvents() {
		return jdbc.sql("select count(*) from (select 1 from facility_event limit 1) any_event").query(Long.class)
			.single() > 0;
	}
}
