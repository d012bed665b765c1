package org.homeward.reconstruction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.homeward.ledger.Database;
import org.homeward.ledger.RecordKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The facilities of a source as listed, each with its history, and its events as exported. */
@Repository
class FacilityListings {

	private final JdbcClient jdbc;
	private final JdbcTemplate exports;

	FacilityListings(JdbcClient jdbc, Database database) {
		this.jdbc = jdbc;
		this.exports = database.streaming();
	}

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

	Optional<org.homeward.reconstruction.FacilityHistory> history(RecordKey facility) {
		return jdbc.sql("""
				select source_code, facility_code, type_code, settlement_code, adm1_code, name from facility
				 where source_code = ? and facility_code = ?
				""").params(facility.source(), facility.id())
			.query((row, n) -> new org.homeward.reconstruction.FacilityHistory(
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
		exports.query("""
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

	/**
	 * Where the events of each of these imports stand: per import, its distinct (source, settlement of the
	 * facility). An import that wrote no event is not in the answer.
	 */
	java.util.Map<Long, java.util.List<String[]>> placesOfImports(java.util.List<Long> importIds) {
		String in = String.join(", ", java.util.Collections.nCopies(importIds.size(), "?"));
		java.util.Map<Long, java.util.List<String[]>> places = new java.util.HashMap<>();
		jdbc.sql("select distinct e.import_id, e.source_code, f.settlement_code from facility_event e"
				+ " join facility f on f.source_code = e.source_code and f.facility_code = e.facility_code"
				+ " where e.import_id in (" + in + ")")
			.params(java.util.List.copyOf(importIds))
			.query((org.springframework.jdbc.core.RowCallbackHandler) row -> places
				.computeIfAbsent(row.getLong("import_id"), id -> new java.util.ArrayList<>())
				.add(new String[] { row.getString("source_code"), row.getString("settlement_code") }));
		return places;
	}
}
