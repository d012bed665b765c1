package org.homeward.registrations.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.homeward.access.Scope;
import org.homeward.geography.Countries;
import org.homeward.geography.HomeCountry;
import org.homeward.geography.Places;
import org.homeward.ledger.BatchProblems;
import org.homeward.ledger.ImportSummary;
import org.homeward.ledger.ImportSteps;
import org.homeward.ledger.LedgerRules;
import org.homeward.ledger.LedgerStore;
import org.homeward.ledger.LedgerTables;
import org.homeward.ledger.LedgerWrites;
import org.homeward.registrations.RegistrationBatch;
import org.homeward.registrations.RegistrationsChanged;
import org.homeward.sources.Sources;
import org.homeward.web.InputError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the registration ledger brings to the ledger kernel: its tables, its rows' validation with the personal
 * data encrypted, and the check that a registration known in another area stays out of reach.
 */
@Component
public class RegistrationRules {

	private static final List<String> CONTENT = List.of("household_id", "relationship", "sex", "category",
			"returned_on", "registered_on", "adm1_code", "adm2_code", "adm3_code", "adm4_code", "origin_country",
			"entry_point_code", "personal_data");

	public static final LedgerTables TABLES = new LedgerTables("registrations", "registration",
			"registration_import", "registration_import_row", "registration", "registration_head", "registration_id",
			CONTENT, CONTENT);

	private final LedgerWrites writes;
	private final PersonalDataKey key;
	private final JdbcClient jdbc;
	private final Places places;
	private final Countries countries;
	private final Sources sources;
	private final HomeCountry homeCountry;
	private final Clock clock;

	RegistrationRules(LedgerWrites writes, PersonalDataKey key, JdbcClient jdbc, Places places, Countries countries,
			Sources sources, HomeCountry homeCountry, Clock clock) {
		this.writes = writes;
		this.key = key;
		this.jdbc = jdbc;
		this.places = places;
		this.countries = countries;
		this.sources = sources;
		this.homeCountry = homeCountry;
		this.clock = clock;
	}

	public boolean acceptsPersonalData() {
		return key.isSet();
	}

	/** Records a batch written by a user of this scope; a 503 when no personal data key is set. */
	public ImportSummary record(RegistrationBatch batch, Scope scope) {
		key.requireKey();
		RegistrationValidator validator = new RegistrationValidator(places, countries, sources, key,
				homeCountry.today(clock), homeCountry.code(), batch.columns(), scope);
		return writes.record(batch, TABLES, validator, new Rules(batch.idColumn(), scope, jdbc, places));
	}

	/** A registration known in another area is answered as one of another area, never by where it lies. */
	private record Rules(String idColumn, Scope scope, JdbcClient jdbc, Places places) implements LedgerRules {

		@Override
		public void checkStaged(long importId, BatchProblems problems) {
			if (!scope.limitsPlaces()) {
				return;
			}
			jdbc.sql("select s.row_number, s.registration_id, s.voided as voiding, s.source_code, "
					+ "coalesce(r.adm4_code, r.adm3_code, r.adm2_code, r.adm1_code) as finest, r.entry_point_code from "
					+ TABLES.stagedWithHeads() + " join registration r on r.id = h.version_id "
					+ "where s.import_id = ? order by s.row_number").param(importId).query((row, n) -> {
						if (problems.listsMore()
								&& !scope.covers(places, row.getString("finest"), row.getString("entry_point_code"))) {
							problems.add(new InputError(row.getLong("row_number"), idColumn,
									row.getString("registration_id"), row.getBoolean("voiding")
											? LedgerStore.noRecordToRetract(TABLES, row.getString("source_code"))
											: "The id lies outside your area (" + String.join(", ", scope.placeCodes())
													+ "): you record only there."));
						}
						return null;
					}).list();
		}

		/**
		 * A registration erased on a lawful request stays erased: a later version its source sends (a full file sent
		 * again, a correction) is recorded with what it counts, and without the names.
		 */
		@Override
		public void beforeVersions(long importId, Instant at, ImportSteps steps) {
			jdbc.sql("update " + TABLES.staging() + " s set personal_data = ? where s.import_id = ? and exists ("
					+ "select 1 from registration_head h join registration r on r.id = h.version_id "
					+ "where h.source_code = s.source_code and h.registration_id = s.registration_id "
					+ "and r.personal_data = ?)").params(PersonRecords.ERASED, importId, PersonRecords.ERASED).update();
		}

		@Override
		public Object changed(long importId) {
			return new RegistrationsChanged(importId);
		}
	}
}
