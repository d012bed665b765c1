package org.homeward.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.homeward.access.Scope;
import org.homeward.ledger.ReadingLedger.Field;
import org.homeward.ledger.ReadingLedger.Row;
import org.homeward.sources.Sources;
import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.ImportStepCounts;
import org.homeward.support.SourceOfItsOwn;
import org.homeward.web.InputError;
import org.homeward.web.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The kernel's rules, once, against the tests' own ledger of water readings, on H2 and on PostgreSQL: what a
 * batch creates, supersedes, voids and leaves unchanged; that versions are appended and heads moved; that a
 * refused batch writes nothing, with every problem named by row; the import log's answers; timers and events.
 */
@HomewardIntegrationTest
@RecordApplicationEvents
class LedgerKernelIntegrationTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	@Autowired
	LedgerWrites writes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Sources sources;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	MeterRegistry meters;

	@Autowired
	ApplicationEvents events;

	@SourceOfItsOwn("RD")
	String source;

	@BeforeEach
	void theLedgersTables() {
		ReadingLedger.createTables(jdbc);
	}

	@Test
	void createsSupersedesVoidsAndLeavesUnchangedEachRecordAsItsRowSays() {
		ImportSummary first = record(batch(null, row(2, "r1", "2026-11-01", "North", "120"),
				row(3, "r2", "2026-11-01", "South", "80")));
		ImportSummary second = record(batch(null, row(2, "r1", "2026-11-01", "North", "120"),
				row(3, "r2", "2026-11-01", "South", "85"), row(4, "r3", "2026-11-02", "East", "5")));
		ImportSummary third = record(batch(null, voiding(2, "r1"), row(3, "r3", "2026-11-02", "East", "5")));
		ImportSummary fourth = record(batch(null, row(2, "r1", "2026-11-01", "North", "130")));

		// rows, created, superseded, unchanged, voided
		assertThat(counts(first)).containsExactly(2L, 2L, 0L, 0L, 0L);
		assertThat(counts(second)).containsExactly(3L, 1L, 1L, 1L, 0L);
		assertThat(counts(third)).containsExactly(2L, 0L, 0L, 1L, 1L);
		// content sent again for a voided record supersedes the void
		assertThat(counts(fourth)).containsExactly(1L, 0L, 1L, 0L, 0L);
		// a void is a version of its own that keeps the content it retracts
		assertThat(versions("r1")).containsExactly(
				"1 kept North 120 by system in " + first.importId(),
				"2 voided North 120 by system in " + third.importId(),
				"3 kept North 130 by system in " + fourth.importId());
		assertThat(versions("r2")).containsExactly("1 kept South 80 by system in " + first.importId(),
				"2 kept South 85 by system in " + second.importId());
		assertThat(heads()).containsExactly("r1 3 kept", "r2 2 kept", "r3 1 kept");
		assertThat(jdbc.sql("select count(*) from test_reading_import_row").query(Long.class).single())
			.as("rows left staged").isZero();
	}

	@Test
	void refusesABatchWithEveryProblemOnlyTheWholeBatchShowsInTheOrderOfTheRowsAndWritesNothing() {
		record(batch(null, row(2, "r1", "2026-11-01", "North", "120")));
		ReadingLedger.Batch refused = new ReadingLedger.Batch("refused.csv", null, List.of(
				row(2, "r5", "2026-11-03", "North", "10"), row(3, "r5", "2026-11-03", "North", "10"),
				voiding(4, "ghost"), row(5, "r6", "2026-11-03", "West", "600"),
				row(6, "r7", "2026-11-03", "West", "600"), row(7, "r1", "2026-11-01", "North", "121")), null);

		assertThatThrownBy(() -> record(refused)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
			assertThat(e.getMessage()).isEqualTo("3 problems were found in 6 rows; nothing was written.");
			assertThat(e.errors()).containsExactly(
					new InputError(3L, "#meta+id", "r5", "Row 2 already has this id for source " + source
							+ "; an id names one reading."),
					new InputError(4L, "#meta+id", "ghost", "Source " + source
							+ " has no reading with this id to retract."),
					new InputError(6L, "#value+litres", "West", "Station West reports 1200 litres on one day; it "
							+ "delivers at most 1000."));
		});
		assertThat(versions("r1")).hasSize(1);
		assertThat(heads()).containsExactly("r1 1 kept");
		assertThat(jdbc.sql("select count(*) from test_reading_import where file_name = 'refused.csv'")
			.query(Long.class).single()).as("imports logged").isZero();
	}

	@Test
	void namesEveryProblemOfEveryRowAndStagesNothingOnceARowIsRefused() {
		Map<Field, String> noStation = new LinkedHashMap<>(row(6, "a%b", "2026-11-01", null, "3").values());
		noStation.remove(Field.STATION);
		Map<Field, String> unknownSource = new LinkedHashMap<>(row(7, "r7", "2026-11-01", "North", "3").values());
		unknownSource.put(Field.SOURCE, "nosuch");
		Map<Field, String> maybeVoid = new LinkedHashMap<>(row(8, "r8", "2026-11-01", "North", "3").values());
		maybeVoid.put(Field.VOID, "maybe");
		ReadingLedger.Batch batch = batch(null, row(2, "r2", "2026-13-01", "North", "1"),
				row(3, "r3", "2026-12-02", "North", "1"), row(4, "r4", "2026-11-01", "North", "1"),
				row(5, "r5", "2026-11-01", "North", "-3"), new Row(6, noStation), new Row(7, unknownSource),
				new Row(8, maybeVoid));

		assertThatThrownBy(() -> record(batch)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
			assertThat(e.getMessage()).isEqualTo("7 problems were found in 7 rows; nothing was written.");
			assertThat(e.errors()).containsExactly(
					new InputError(2L, "#date", "2026-13-01", "A day is written YYYY-MM-DD, as 2018-10-22."),
					new InputError(3L, "#date", "2026-12-02", "The day is after today (2026-12-01)."),
					new InputError(5L, "#value+litres", "-3", "Litres are a whole number."),
					new InputError(6L, "#meta+id", "a%b", "An id holds letters, digits, spaces and signs such as "
							+ "- _ . : / ' \" ( ) = + @; not % (it begins a percent-encoded character in a link)."),
					new InputError(6L, "#loc+station", null, "The row needs the station."),
					new InputError(7L, "#meta+source", "nosuch", "No source is registered with this code."),
					new InputError(8L, "#meta+void", "maybe", "Write true to retract the reading, or leave the "
							+ "cell empty."));
		});
		assertThat(heads()).isEmpty();
	}

	@Test
	void refusesRowsOfAnotherSourceThanTheOneTheAccountWritesAs() {
		Scope partner = new Scope(null, "OTHERSRC");

		assertThatThrownBy(() -> record(batch(null, row(2, "r1", "2026-11-01", "North", "1")), partner))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
					new InputError(2L, "#meta+source", source, "Your account writes as source OTHERSRC only.")));
	}

	@Test
	void refusesABatchWithoutRowsAndAReasonThatIsNotText() {
		assertThatThrownBy(() -> record(batch(null))).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.errors()).containsExactly(
						new InputError(null, null, null, "The input has no data rows: nothing to record.")));
		ReadingLedger.Batch badReason = new ReadingLedger.Batch(null, null,
				List.of(row(2, "r1", "2026-11-01", "North", "1")), "wrong\u0000meter");
		assertThatThrownBy(() -> record(badReason)).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.errors()).extracting(InputError::column).containsExactly("reason"));
		assertThat(heads()).isEmpty();
	}

	@Test
	void answersAnImportAgainByItsIdempotencyKeyForTheAccountThatMadeIt() {
		String key = source + "-import-1";
		ImportSummary summary = record(batch(key, row(2, "r1", "2026-11-01", "North", "1")));

		assertThat(writes.previousImport(ReadingLedger.TABLES, key))
			.contains(new PreviousImport(summary, "0".repeat(64)));
		assertThat(writes.previousImport(ReadingLedger.TABLES, source + "-import-2")).isEmpty();
	}

	@Test
	void stagesBatchAfterBatchOfALargeFile() {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < LedgerStore.BATCH_SIZE + 500; i++) {
			rows.add(row(i + 2, "r" + i, "2026-11-01", "Station " + (i % 50), "1"));
		}
		ImportSummary summary = record(new ReadingLedger.Batch("large.csv", null, rows, null));

		assertThat(counts(summary)).containsExactly(2_500L, 2_500L, 0L, 0L, 0L);
		assertThat(jdbc.sql("select count(*) from test_reading_head where source_code = ?").param(source)
			.query(Long.class).single()).isEqualTo(2_500L);
	}

	@Test
	void timesTheStepsAsTheLedgerNamesThemAndAnnouncesAndAuditsOnlyWhatChanged() {
		Map<String, Long> before = ImportStepCounts.of(meters, "readings");
		ImportSummary changed = record(batch(null, row(2, "r1", "2026-11-01", "North", "1")));
		record(batch(null, row(2, "r1", "2026-11-01", "North", "1")));

		// the ledger reports "heads" as part of "finish"; its own step stands between the check and the versions
		assertThat(ImportStepCounts.since(before, ImportStepCounts.of(meters, "readings"))).containsExactly(
				Map.entry("check", 2L), Map.entry("finish", 2L), Map.entry("own-step", 2L),
				Map.entry("read-validate-stage", 2L), Map.entry("versions", 2L));
		assertThat(events.stream(ReadingLedger.ReadingsChanged.class))
			.containsExactly(new ReadingLedger.ReadingsChanged(changed.importId()));
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'readings.imported' and subject_id in (?, ?)")
			.params(Long.toString(changed.importId()), Long.toString(changed.importId() + 1)).query(Long.class).single())
			.as("imports audited, unchanged ones too").isEqualTo(2L);
	}

	private List<String> versions(String id) {
		return jdbc.sql("""
				select version, voided, station, litres, recorded_by, import_id from test_reading
				 where source_code = ? and reading_id = ? order by version""").params(source, id)
			.query((row, n) -> row.getInt("version") + (row.getBoolean("voided") ? " voided " : " kept ")
					+ row.getString("station") + " " + row.getInt("litres") + " by " + row.getString("recorded_by")
					+ " in " + row.getLong("import_id"))
			.list();
	}

	private List<String> heads() {
		return jdbc.sql("""
				select h.reading_id, h.version, h.voided from test_reading_head h
				  join test_reading r on r.id = h.version_id and r.version = h.version
				 where h.source_code = ? order by h.reading_id""").param(source)
			.query((row, n) -> row.getString(1) + " " + row.getInt(2) + (row.getBoolean(3) ? " voided" : " kept"))
			.list();
	}

	private static List<Long> counts(ImportSummary summary) {
		return List.of(summary.rows(), summary.created(), summary.superseded(), summary.unchanged(),
				summary.voided());
	}

	private ImportSummary record(ReadingLedger.Batch batch) {
		return record(batch, Scope.EVERYTHING);
	}

	private ImportSummary record(ReadingLedger.Batch batch, Scope scope) {
		return transaction.execute(status -> writes.record(batch, ReadingLedger.TABLES, new ReadingLedger.Validation(
				code -> sources.find(code).isPresent(), scope, TODAY), new ReadingLedger.Rules(jdbc, 1_000)));
	}

	private static ReadingLedger.Batch batch(String key, Row... rows) {
		return new ReadingLedger.Batch("readings.csv", key, List.of(rows), null);
	}

	private Row row(long number, String id, String day, String station, String litres) {
		Map<Field, String> values = new LinkedHashMap<>();
		values.put(Field.ID, id);
		values.put(Field.SOURCE, source);
		values.put(Field.DAY, day);
		if (station != null) {
			values.put(Field.STATION, station);
		}
		values.put(Field.LITRES, litres);
		return new Row(number, values);
	}

	private Row voiding(long number, String id) {
		return new Row(number, Map.of(Field.ID, id, Field.SOURCE, source, Field.VOID, "true"));
	}
}
