package org.homeward.statedfigures.internal;

import java.time.Clock;
import java.util.List;

import org.homeward.access.Scope;
import org.homeward.geography.Countries;
import org.homeward.geography.HomeCountry;
import org.homeward.geography.Places;
import org.homeward.ledger.BatchProblems;
import org.homeward.ledger.ImportSummary;
import org.homeward.ledger.LedgerRules;
import org.homeward.ledger.LedgerStore;
import org.homeward.ledger.LedgerTables;
import org.homeward.ledger.LedgerWrites;
import org.homeward.sources.Sources;
import org.homeward.statedfigures.StatedFigureBatch;
import org.homeward.statedfigures.StatedFiguresChanged;
import org.homeward.web.InputError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the stated figures bring to the ledger kernel: their tables, their rows' validation, and the check that a
 * figure known in another area stays out of reach of a data officer.
 */
@Component
public class StatedFigureRules {

	private static final List<String> CONTENT = List.of("as_of", "period_days", "category", "origin_country",
			"entry_point_code", "adm1_code", "persons", "url");

	public static final LedgerTables TABLES = new LedgerTables("stated-figures", "stated figure",
			"stated_figure_import", "stated_figure_import_row", "stated_figure", "stated_figure_head", "figure_id",
			CONTENT, CONTENT);

	private final LedgerWrites writes;
	private final JdbcClient jdbc;
	private final Places places;
	private final Countries countries;
	private final Sources sources;
	private final HomeCountry homeCountry;
	private final Clock clock;

	StatedFigureRules(LedgerWrites writes, JdbcClient jdbc, Places places, Countries countries, Sources sources,
			HomeCountry homeCountry, Clock clock) {
		this.writes = writes;
		this.jdbc = jdbc;
		this.places = places;
		this.countries = countries;
		this.sources = sources;
		this.homeCountry = homeCountry;
		this.clock = clock;
	}

	/** Records a batch written by a user of this scope. */
	public ImportSummary record(StatedFigureBatch batch, Scope scope) {
		StatedFigureValidator validator = new StatedFigureValidator(places, countries, sources,
				homeCountry.today(clock), homeCountry.code(), batch.columns(), scope);
		return writes.record(batch, TABLES, validator, new Rules(batch.idColumn(), scope, jdbc, places));
	}

	/** A figure known in another area is answered as one of another area, never by where it lies. */
	private record Rules(String idColumn, Scope scope, JdbcClient jdbc, Places places) implements LedgerRules {

		@Override
		public void checkStaged(long importId, BatchProblems problems) {
			if (!scope.limitsPlaces()) {
				return;
			}
			jdbc.sql("select s.row_number, s.figure_id, s.voided as voiding, s.source_code, f.adm1_code, "
					+ "f.entry_point_code from " + TABLES.stagedWithHeads() + " join stated_figure f on f.id = h.version_id "
					+ "where s.import_id = ? order by s.row_number").param(importId).query((row, n) -> {
						if (problems.listsMore() && !StatedFigureValidator.covers(scope, places,
								row.getString("adm1_code"), row.getString("entry_point_code"))) {
							problems.add(new InputError(row.getLong("row_number"), idColumn,
									row.getString("figure_id"), row.getBoolean("voiding")
											? LedgerStore.noRecordToRetract(TABLES, row.getString("source_code"))
											: "The id lies outside your area (" + String.join(", ", scope.placeCodes())
													+ "): you record only there."));
						}
						return null;
					}).list();
		}

		@Override
		public Object changed(long importId) {
			return new StatedFiguresChanged(importId);
		}
	}
}
