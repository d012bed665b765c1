package org.homeward.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.homeward.access.Scope;
import org.homeward.ledger.ReadingLedger.Field;
import org.homeward.ledger.ReadingLedger.Row;
import org.homeward.web.InputError;
import org.homeward.web.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules every ledger's rows share, where they live: identity, days, problems of a row and of a batch. */
class RowRulesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	private final List<String> looked = new ArrayList<>();

	private final RowIdentity.Reader<Field> reader = new RowIdentity.Reader<>(Field.ID, Field.SOURCE, Field.VOID,
			"reading", code -> {
				looked.add(code);
				return code.equals("WATER") || code.equals("OTHER");
			}, Scope.EVERYTHING);

	@Test
	void readsTheIdentityOfARowWithTheSourceInCapitalsAndLooksEachSourceUpOnce() {
		List<InputError> errors = new ArrayList<>();
		RowIdentity first = read(reader, Map.of(Field.ID, " r-1 ", Field.SOURCE, "water"), errors);
		RowIdentity second = read(reader, Map.of(Field.ID, "r-2", Field.SOURCE, "Water", Field.VOID, "TRUE"), errors);

		assertThat(first).isEqualTo(new RowIdentity("r-1", "WATER", false));
		assertThat(second).isEqualTo(new RowIdentity("r-2", "WATER", true));
		assertThat(errors).isEmpty();
		assertThat(looked).containsExactly("WATER");
	}

	@Test
	void namesEachProblemOfAnIdentityInTheLedgersWords() {
		List<InputError> errors = new ArrayList<>();
		read(reader, Map.of(Field.VOID, "yes"), errors);
		read(reader, Map.of(Field.ID, "../x", Field.SOURCE, "NOPE", Field.VOID, "false"), errors);
		read(new RowIdentity.Reader<>(Field.ID, Field.SOURCE, Field.VOID, "reading", code -> true,
				new Scope(null, "OTHER")), Map.of(Field.ID, "r", Field.SOURCE, "water"), errors);

		assertThat(errors).containsExactly(
				new InputError(4L, "#meta+id", null, "The row needs the source's id of the reading."),
				new InputError(4L, "#meta+source", null, "The row needs the code of a registered source."),
				new InputError(4L, "#meta+void", "yes", "Write true to retract the reading, or leave the cell empty."),
				new InputError(4L, "#meta+id", "../x",
						"An id has no part . or .. between slashes: a link to the record would lead elsewhere."),
				new InputError(4L, "#meta+source", "NOPE", "No source is registered with this code."),
				new InputError(4L, "#meta+source", "water", "Your account writes as source OTHER only."));
	}

	@Test
	void readsADayFromTheFirstDayToToday() {
		List<InputError> errors = new ArrayList<>();
		assertThat(day("1900-01-01", errors)).isEqualTo(LocalDate.of(1900, 1, 1));
		assertThat(day("2026-12-01", errors)).isEqualTo(TODAY);
		assertThat(day("1899-12-31", errors)).isNull();
		assertThat(day("2026-12-02", errors)).isNull();
		assertThat(day("01/12/2026", errors)).isNull();
		assertThat(day(" ", errors)).isNull();

		assertThat(errors).extracting(InputError::message).containsExactly(
				"The day is before 1900-01-01, the first day Homeward holds.", "The day is after today (2026-12-01).",
				"A day is written YYYY-MM-DD, as 2018-10-22.", "The row needs the day.");
	}

	@Test
	void listsTheFirstThousandProblemsOfABatchByRowAndCountsThemAll() {
		BatchProblems problems = new BatchProblems();
		for (long row = 1_200; row > 0; row--) {
			problems.add(new InputError(row, "#meta+id", "x", "wrong"));
		}
		problems.add(new InputError(null, "reason", null, "no row"));

		assertThat(problems.listsMore()).isFalse();
		InvalidInputException refusal = problems.refusal(5_000);
		assertThat(refusal.getMessage())
			.isEqualTo("1201 problems were found in 5000 rows; nothing was written. The first 1000 are listed.");
		assertThat(refusal.errors()).hasSize(1_000);
		assertThat(refusal.errors().get(0).row()).isEqualTo(201L);
		assertThat(refusal.errors().get(999).row()).isEqualTo(1_200L);
	}

	@Test
	void fingerprintsContentAsEveryStoredVersionWasFingerprinted() {
		// versions stored before the kernel carry hashes of this form: a change would make every row sent again
		// look changed
		assertThat(ContentHash.of(LocalDate.of(2018, 10, 22), "IDP_RETURNEE", 12, "SY01", null, null, null, null,
				null, null, 5, 7, null, null, null, null, null, 3))
			.isEqualTo("3ebb06165895cdf3b750604ecbddae044b93c38c9d5c06349c1d01216ab4fcc3");
		assertThat(ContentHash.of("BK-1", "bakery", "SY120101", "IN_OPERATION", LocalDate.of(2018, 6, 1), null))
			.isEqualTo("5a2934d9737948993124dcf1c20632c9f582af53d6e8736c9cc46d0051a26b2e");
	}

	@Test
	void joinsStagedRowsToTheirHeadsByTheLedgersOwnKey() {
		assertThat(ReadingLedger.TABLES.stagedWithHeads()).isEqualTo("test_reading_import_row s left join "
				+ "test_reading_head h on h.source_code = s.source_code and h.reading_id = s.reading_id");
		assertThat(ReadingLedger.TABLES.versionContentOf("r")).isEqualTo("r.read_on, r.station, r.litres");
	}

	private static RowIdentity read(RowIdentity.Reader<Field> reader, Map<Field, String> values,
			List<InputError> errors) {
		Row row = new Row(4, values);
		return reader.read(row, new RowProblems<>(row, ReadingLedger.COLUMNS, errors));
	}

	private static LocalDate day(String text, List<InputError> errors) {
		Row row = new Row(2, Map.of(Field.DAY, text));
		return RowDays.read(row, Field.DAY, "The row needs the day.", TODAY,
				new RowProblems<>(row, ReadingLedger.COLUMNS, errors));
	}
}
