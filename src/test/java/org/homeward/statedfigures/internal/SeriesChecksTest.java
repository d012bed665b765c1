package org.homeward.statedfigures.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import org.homeward.returns.ReturnCategory;
import org.homeward.statedfigures.FigurePeriod;
import org.homeward.statedfigures.FigureProblem;
import org.homeward.statedfigures.FigureProblem.Kind;
import org.homeward.statedfigures.StatedFigure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the stated figures' checks, with the numbers of published series that broke them. */
class SeriesChecksTest {

	private static final SeriesChecks CHECKS = new SeriesChecks(Set.of("SY01", "SY02"));
	private static final SeriesChecks.Records NO_RECORDS = figure -> OptionalLong.empty();

	@Test
	void reportsACumulativeTotalThatFellBelowTheOneBeforeIt() {
		List<FigureProblem> problems = CHECKS.check(List.of(
				cumulative("U-2", "2018-12-31", 88_718), cumulative("U-1", "2018-11-30", 157_518)), NO_RECORDS);

		assertThat(problems).containsExactly(new FigureProblem(Kind.CUMULATIVE_FELL, List.of("U-1", "U-2"),
				"U-2 (88,718 returnees, cumulative as of 2018-12-31) is lower than U-1 (157,518 returnees, cumulative "
						+ "as of 2018-11-30) before it: a cumulative total cannot fall."));
	}

	@Test
	void comparesCumulativeTotalsOnlyWithinOneScope() {
		List<FigureProblem> problems = CHECKS.check(List.of(cumulative("U-1", "2018-11-30", 157_518),
				figure("U-2", "2018-12-31", FigurePeriod.CUMULATIVE, ReturnCategory.REFUGEE_RETURNEE, null, null, 88_718),
				figure("U-3", "2018-12-31", new FigurePeriod(30), null, null, null, 1_000)), NO_RECORDS);

		assertThat(problems).isEmpty();
	}

	@Test
	void reportsPartsThatFallJustShortOfTheirTotalAsDiffering() {
		List<FigureProblem> problems = CHECKS.check(List.of(cumulative("C-0", "2018-10-22", 68_744),
				byCountry("C-1", "LBN", 40_000), byCountry("C-2", "JOR", 20_000), byCountry("C-3", "TUR", 8_739)),
				NO_RECORDS);

		assertThat(problems).containsExactly(new FigureProblem(Kind.PARTS_DIFFER_FROM_TOTAL,
				List.of("C-0", "C-2", "C-1", "C-3"), "The parts of C-0 (68,744 returnees, cumulative as of 2018-10-22) "
						+ "by host country, C-2, C-1 and C-3, add up to 68,739: 5 fewer than the total (0.01 %), too "
						+ "close to it to be a partial breakdown."));
	}

	@Test
	void reportsPartsAboveTheirTotalAsExceedingIt() {
		List<FigureProblem> problems = CHECKS.check(List.of(cumulative("C-0", "2018-10-22", 68_744),
				byCountry("C-1", "LBN", 40_000), byCountry("C-2", "JOR", 28_750)), NO_RECORDS);

		assertThat(problems).containsExactly(new FigureProblem(Kind.PARTS_EXCEED_TOTAL, List.of("C-0", "C-2", "C-1"),
				"The parts of C-0 (68,744 returnees, cumulative as of 2018-10-22) by host country, C-2 and C-1, add up "
						+ "to 68,750: 6 more than the total."));
	}

	@Test
	void takesAPartFarBelowItsTotalForAPartialBreakdown() {
		assertThat(CHECKS.check(List.of(cumulative("C-0", "2018-10-22", 68_744), byCountry("C-1", "LBN", 40_000),
				byCountry("C-2", "JOR", 20_000)), NO_RECORDS)).isEmpty();
	}

	@Test
	void reportsPartsThatCoverEveryGovernorateAndDifferFromTheTotalByAnyAmount() {
		List<FigureProblem> problems = CHECKS.check(List.of(cumulative("G-0", "2018-10-22", 1_000),
				figure("G-1", "2018-10-22", FigurePeriod.CUMULATIVE, null, null, "SY01", 300),
				figure("G-2", "2018-10-22", FigurePeriod.CUMULATIVE, null, null, "SY02", 500)), NO_RECORDS);

		assertThat(problems).extracting(FigureProblem::kind, FigureProblem::ids, FigureProblem::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.PARTS_DIFFER_FROM_TOTAL,
					List.of("G-0", "G-1", "G-2"), "The parts of G-0 (1,000 returnees, cumulative as of 2018-10-22) by "
							+ "governorate, G-1 and G-2, add up to 800: 200 fewer than the total, though they cover "
							+ "every governorate."));
	}

	@Test
	void reportsAFigureTheRecordsDoNotBearOutBeyondTheTolerance() {
		StatedFigure stated = figure("W-1", "2018-10-22", new FigurePeriod(7), null, null, "SY02", 1_200);
		StatedFigure close = figure("W-2", "2018-10-22", new FigurePeriod(7), null, null, "SY01", 1_020);

		List<FigureProblem> problems = CHECKS.check(List.of(stated, close), figure -> OptionalLong.of(1_000));

		assertThat(problems).containsExactly(new FigureProblem(Kind.DIFFERS_FROM_RECORDS, List.of("W-1"),
				"W-1 (1,200 returnees to SY02, the 7 days to 2018-10-22) differs from the source's records of the "
						+ "same days and scope, 1,000 persons, by 16.7 %; the tolerance is 2 %."));
	}

	@Test
	void findsNothingWrongWithAConsistentSeries() {
		List<StatedFigure> series = List.of(cumulative("S-1", "2018-10-15", 60_000),
				cumulative("S-2", "2018-10-22", 68_744), byCountry("S-3", "LBN", 40_000), byCountry("S-4", "JOR", 28_744),
				figure("S-5", "2018-10-22", new FigurePeriod(7), ReturnCategory.IDP_RETURNEE, null, null, 5_000),
				figure("S-6", "2018-10-22", new FigurePeriod(7), ReturnCategory.REFUGEE_RETURNEE, null, null, 3_744),
				figure("S-7", "2018-10-22", new FigurePeriod(7), null, null, null, 8_744));

		assertThat(CHECKS.check(series, figure -> OptionalLong.of(figure.persons()))).isEmpty();
	}

	private static StatedFigure cumulative(String id, String day, long persons) {
		return figure(id, day, FigurePeriod.CUMULATIVE, null, null, null, persons);
	}

	private static StatedFigure byCountry(String id, String country, long persons) {
		return figure(id, "2018-10-22", FigurePeriod.CUMULATIVE, null, country, null, persons);
	}

	private static StatedFigure figure(String id, String day, FigurePeriod period, ReturnCategory category,
			String country, String adm1, long persons) {
		return new StatedFigure(id, LocalDate.parse(day), period, category, country, null, adm1, persons, null);
	}
}
