package org.homeward.reconstruction.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.ledger.ChangedDay;
import org.homeward.reconstruction.FacilityType;
import org.homeward.web.InputError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The register of facilities and their types: a facility is registered by the first event that names it, and keeps
 * its type and its settlement. The checks of a staged batch that need the register are here too.
 */
@Repository
class FacilityRegister {

	private final JdbcClient jdbc;

	FacilityRegister(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<FacilityType> types() {
		// read by the columns selected: a mapper guessing names looks for nameEn first, a database error on H2
		return jdbc.sql("select code, name_en, name_ru, name_ar, ordinal, forms_en, forms_ru, forms_ar from facility_type order by ordinal")
			.query((row, n) -> new FacilityType(row.getString("code"), row.getString("name_en"), row.getString("name_ru"),
					row.getString("name_ar"), row.getInt("ordinal"), row.getString("forms_en"), row.getString("forms_ru"),
					row.getString("forms_ar")))
			.list();
	}

	/** Registers the facilities the staged events name that are not registered yet. */
	void register(long importId, Instant at) {
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
	}

	/** A staged row's event or facility as already known: the settlement it stands in. */
	record KnownSettlement(String source, String code, boolean voiding, String settlement) {
	}

	/**
	 * For each staged row of a known event, by row: the event's id, whether the row voids it, and the settlement of
	 * the facility its current version names.
	 */
	Map<Long, KnownSettlement> settlementsOfKnownEvents(long importId) {
		Map<Long, KnownSettlement> found = new LinkedHashMap<>();
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
	Map<Long, KnownSettlement> settlementsOfKnownFacilities(long importId) {
		Map<Long, KnownSettlement> found = new LinkedHashMap<>();
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

	/**
	 * The days and settlements of the events a staged batch changes: those of each current version it replaces or
	 * voids, and those of the events it adds.
	 */
	List<ChangedDay> changedDays(long importId) {
		String changes = FacilityLedgerRules.TABLES.changes();
		return jdbc.sql("""
				select distinct s.source_code, s.status_on as changed_on, s.settlement_code as place
				  from facility_import_row s
				  left join facility_event_head h on h.source_code = s.source_code and h.event_id = s.event_id
				 where s.import_id = ? and not s.voided and """ + changes + """

				union
				select distinct e.source_code, e.status_on as changed_on, f.settlement_code as place
				  from facility_import_row s
				  join facility_event_head h on h.source_code = s.source_code and h.event_id = s.event_id
				  join facility_event e on e.id = h.version_id
				  join facility f on f.source_code = e.source_code and f.facility_code = e.facility_code
				 where s.import_id = ? and not h.voided and """ + changes)
			.params(importId, importId)
			.query((row, n) -> new ChangedDay(row.getString("source_code"), row.getObject("changed_on", LocalDate.class),
					row.getString("place")))
			.list();
	}
}
