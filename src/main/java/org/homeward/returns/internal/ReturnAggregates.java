package org.homeward.returns.internal;

import org.homeward.ledger.LedgerTables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The returns' daily and monthly aggregates, kept in step with the versions in the same transaction: a batch's
 * changes are collected as signed deltas (minus the content a record had, plus the content it has now) and added
 * to every aggregate at once.
 */
@Repository
class ReturnAggregates {

	/** The first day of a day's month, in SQL that H2 and PostgreSQL both read. */
	static final String MONTH_OF_DAY = "cast(date_trunc('month', cast(returned_on as timestamp)) as date)";

	private static final LedgerTables TABLES = ReturnLedgerRules.TABLES;

	private final JdbcClient jdbc;

	ReturnAggregates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The signed changes the staged rows make, from the heads as they were before the batch. */
	void collectDelta(long importId) {
		String into = "insert into return_import_delta (import_id, sign, source_code, "
				+ String.join(", ", TABLES.versionContent()) + ") ";
		// minus the current version of every record the batch changes (a voided record counts nothing already)
		jdbc.sql(into + "select s.import_id, -1, r.source_code, " + TABLES.versionContentOf("r") + " from " + TABLES.stagedWithHeads()
				+ " join return_record r on r.id = h.version_id where s.import_id = ? and not h.voided and " + TABLES.changes())
				.param(importId).update();
		// plus the new content
		jdbc.sql(into + "select s.import_id, 1, s.source_code, " + TABLES.versionContentOf("s") + " from " + TABLES.stagedWithHeads()
				+ " where s.import_id = ? and not s.voided and " + TABLES.changes())
				.param(importId).update();
	}

	/** Adds the batch's changes to every aggregate. */
	void adjust(long importId) {
		jdbc.sql("""
				merge into return_day_total t
				using (select source_code, returned_on, category, sum(sign) as records, sum(sign * persons) as persons,
				              sum(sign * coalesce(female, 0)) as female, sum(sign * coalesce(male, 0)) as male,
				              sum(sign * coalesce(age_0_4, 0)) as age_0_4, sum(sign * coalesce(age_5_11, 0)) as age_5_11,
				              sum(sign * coalesce(age_12_17, 0)) as age_12_17,
				              sum(sign * coalesce(age_18_59, 0)) as age_18_59,
				              sum(sign * coalesce(age_60_plus, 0)) as age_60_plus,
				              sum(sign * coalesce(households, 0)) as households
				         from return_import_delta where import_id = ?
				        group by source_code, returned_on, category) d
				   on t.source_code = d.source_code and t.returned_on = d.returned_on and t.category = d.category
				 when matched then update set records = t.records + d.records, persons = t.persons + d.persons,
				      female = t.female + d.female, male = t.male + d.male, age_0_4 = t.age_0_4 + d.age_0_4,
				      age_5_11 = t.age_5_11 + d.age_5_11, age_12_17 = t.age_12_17 + d.age_12_17,
				      age_18_59 = t.age_18_59 + d.age_18_59, age_60_plus = t.age_60_plus + d.age_60_plus,
				      households = t.households + d.households
				 when not matched then insert (source_code, returned_on, category, records, persons, female, male, age_0_4,
				      age_5_11, age_12_17, age_18_59, age_60_plus, households)
				      values (d.source_code, d.returned_on, d.category, d.records, d.persons, d.female, d.male, d.age_0_4,
				      d.age_5_11, d.age_12_17, d.age_18_59, d.age_60_plus, d.households)
				""").param(importId).update();
		adjustByOriginAndPlace(importId, "return_day_origin", "return_day_place", "returned_on", "returned_on");
		adjustByOriginAndPlace(importId, "return_month_origin", "return_month_place", "month_start", MONTH_OF_DAY);
	}

	/**
	 * Adjusts the aggregates by origin and by destination of one time unit (a day, or the month a day is in: the
	 * expression maps a delta's day to the unit's column).
	 */
	private void adjustByOriginAndPlace(long importId, String originTable, String placeTable, String unit,
			String unitOfDay) {
		jdbc.sql("""
				merge into %1$s t
				using (select source_code, %3$s as %2$s, category, coalesce(origin_country, '') as origin_country,
				              coalesce(origin_adm1_code, '') as origin_adm1_code,
				              coalesce(entry_point_code, '') as entry_point_code, sum(sign * persons) as persons
				         from return_import_delta where import_id = ?
				        group by source_code, %3$s, category, coalesce(origin_country, ''), coalesce(origin_adm1_code, ''),
				                 coalesce(entry_point_code, '')) d
				   on t.source_code = d.source_code and t.%2$s = d.%2$s and t.category = d.category
				  and t.origin_country = d.origin_country and t.origin_adm1_code = d.origin_adm1_code
				  and t.entry_point_code = d.entry_point_code
				 when matched then update set persons = t.persons + d.persons
				 when not matched then insert (source_code, %2$s, category, origin_country, origin_adm1_code,
				      entry_point_code, persons)
				      values (d.source_code, d.%2$s, d.category, d.origin_country, d.origin_adm1_code, d.entry_point_code,
				      d.persons)
				""".formatted(originTable, unit, unitOfDay)).param(importId).update();
		StringBuilder byPlace = new StringBuilder();
		for (int level = 1; level <= 4; level++) {
			if (level > 1) {
				byPlace.append(" union all ");
			}
			byPlace.append("select source_code, ").append(unitOfDay).append(" as ").append(unit)
				.append(", category, adm").append(level).append("_code as place_code, ")
				.append(level).append(" as admin_level, sum(sign * persons) as persons from return_import_delta ")
				.append("where import_id = :id and adm").append(level).append("_code is not null ")
				.append("group by source_code, ").append(unitOfDay).append(", category, adm").append(level).append("_code");
		}
		jdbc.sql("merge into " + placeTable + " t using (" + byPlace + """
				) d
				   on t.source_code = d.source_code and t.%1$s = d.%1$s and t.category = d.category
				  and t.place_code = d.place_code
				 when matched then update set persons = t.persons + d.persons
				 when not matched then insert (source_code, %1$s, category, place_code, admin_level, persons)
				      values (d.source_code, d.%1$s, d.category, d.place_code, d.admin_level, d.persons)
				""".formatted(unit)).param("id", importId).update();
	}

	void clearDelta(long importId) {
		jdbc.sql("delete from return_import_delta where import_id = ?").param(importId).update();
	}
}
