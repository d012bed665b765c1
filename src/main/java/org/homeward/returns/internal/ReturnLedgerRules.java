package org.homeward.returns.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.homeward.access.Scope;
import org.homeward.geography.Countries;
import org.homeward.geography.HomeCountry;
import org.homeward.geography.Places;
import org.homeward.ledger.BatchProblems;
import org.homeward.ledger.ChangedDay;
import org.homeward.ledger.ImportSteps;
import org.homeward.ledger.LedgerRules;
import org.homeward.ledger.ImportSummary;
import org.homeward.ledger.LedgerStore;
import org.homeward.ledger.LedgerTables;
import org.homeward.ledger.LedgerWrites;
import org.homeward.returns.ReturnBatch;
import org.homeward.returns.ReturnsLedger;
import org.homeward.sources.Sources;
import org.homeward.web.InputError;
import org.springframework.stereotype.Component;

/**
 * What the returns ledger brings to the ledger kernel: its tables, its rows' validation, the check that a record
 * known in another area stays out of reach, and the aggregates it keeps in step with the versions.
 */
@Component
public class ReturnLedgerRules {

	/** The content a return record's version keeps, as staged. */
	private static final List<String> CONTENT = List.of("returned_on", "category", "persons", "adm1_code",
			"adm2_code", "adm3_code", "adm4_code", "origin_country", "origin_adm1_code", "entry_point_code", "female",
			"male", "age_0_4", "age_5_11", "age_12_17", "age_18_59", "age_60_plus", "households");

	public static final LedgerTables TABLES = new LedgerTables("returns", "record", "return_import",
			"return_import_row", "return_record", "return_record_head", "record_id", CONTENT, CONTENT);

	private final LedgerWrites writes;
	private final ReturnAggregates aggregates;
	private final ReturnRecords records;
	private final Places places;
	private final Countries countries;
	private final Sources sources;
	private final HomeCountry homeCountry;
	private final Clock clock;

	ReturnLedgerRules(LedgerWrites writes, ReturnAggregates aggregates, ReturnRecords records, Places places, Countries countries,
			Sources sources, HomeCountry homeCountry, Clock clock) {
		this.writes = writes;
		this.aggregates = aggregates;
		this.records = records;
		this.places = places;
		this.countries = countries;
		this.sources = sources;
		this.homeCountry = homeCountry;
		this.clock = clock;
	}

	/** Records a batch written by a user of this scope through the ledger kernel, by the returns' rules. */
	public ImportSummary record(ReturnBatch batch, Scope scope) {
		RowValidator validator = new RowValidator(places, countries, sources, homeCountry.today(clock),
				homeCountry.code(), batch.columns(), scope);
		return writes.record(batch, TABLES, validator, new Rules(batch.idColumn(), validator, scope, aggregates,
				records));
	}

	private record Rules(String idColumn, RowValidator validator, Scope scope, ReturnAggregates aggregates,
			ReturnRecords records) implements LedgerRules {

		/**
		 * A record already known elsewhere stays out of reach, even when the new row would move it in; it is
		 * answered as a record not known at all, or as an id outside the area, never by where it lies.
		 */
		@Override
		public void checkStaged(long importId, BatchProblems problems) {
			if (!scope.limitsPlaces()) {
				return;
			}
			records.knownContentOfStaged(importId, (row, source, recordId, voiding, known) -> {
				if (problems.listsMore() && !validator.covered(known.destination(), known.entryPoint())) {
					problems.add(new InputError(row, idColumn, recordId, voiding
							? LedgerStore.noRecordToRetract(TABLES, source) : validator.idOutsideArea()));
				}
			});
		}

		@Override
		public List<ChangedDay> changedDays(long importId) {
			return records.changedDays(importId);
		}

		@Override
		public void beforeVersions(long importId, Instant at, ImportSteps steps) {
			aggregates.collectDelta(importId);
			steps.done("changes");
			aggregates.adjust(importId);
			steps.done("aggregates");
		}

		@Override
		public void afterHeads(long importId, ImportSteps steps) {
			aggregates.clearDelta(importId);
		}

		@Override
		public Object changed(long importId) {
			return new ReturnsLedger.RecordsChanged(importId);
		}
	}
}
