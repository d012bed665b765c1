package org.homeward.quality.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.homeward.quality.QualityReport.Outlier;
import org.homeward.quality.QualityReport.Test;
import org.homeward.returns.ReturnCategory;

import static org.assertj.core.api.Assertions.assertThat;

/** The modified z-score and the learned bounds on small hand-made series. */
class OutliersTest {

	private static final LocalDate DAY = LocalDate.of(2018, 10, 22);
	private final Outliers outliers = new Outliers(QualitySettings.DEFAULTS);

	@org.junit.jupiter.api.Test
	void flagsADigitSlipAgainstTheEightWeeksBeforeWithScoreAndReason() {
		List<Observation> series = series(400, 430, 370, 460, 340);
		series.add(at(DAY, 4000));

		List<Outlier> found = outliers.find(series, DAY, DAY);

		assertThat(found).hasSize(1);
		Outlier slip = found.get(0);
		assertThat(slip.id()).isEqualTo("R-" + DAY);
		assertThat(slip.median()).isEqualTo(400.0);
		// MAD of the 56 days before: 30; 0.6745 · 3600 / 30 = 80.94
		assertThat(slip.score()).isEqualTo(80.94);
		assertThat(slip.tests()).containsExactly(Test.MODIFIED_Z_SCORE, Test.MIN_MAX);
		assertThat(slip.lowest()).isEqualTo(170.0);
		assertThat(slip.highest()).isEqualTo(920.0);
		assertThat(slip.reason()).isEqualTo("Far above this place's usual count: modified z-score 80.9 against the 56 "
				+ "days before (median 400, MAD 30); above the highest count learned for this place over the 364 days "
				+ "before (920).");
	}

	@org.junit.jupiter.api.Test
	void leavesAFewPeopleMoreOnASmallCountAlone() {
		// every day 5 people, MAD 0: chance alone moves 5 by about √5, so 9 is not out of line
		List<Observation> series = series(5);
		series.add(at(DAY, 9));

		assertThat(outliers.find(series, DAY, DAY)).isEmpty();
	}

	@org.junit.jupiter.api.Test
	void flagsAnyCountAfterWeeksOfZeroAsDifferingFromACountThatNeverVaried() {
		List<Observation> series = series(0);
		series.add(at(DAY, 30));

		Outlier found = outliers.find(series, DAY, DAY).get(0);

		assertThat(found.score()).isNull();
		assertThat(found.reason()).startsWith("Differs from a count that never varied: every record of the 56 days "
				+ "before counted 0");
	}

	@org.junit.jupiter.api.Test
	void judgesNothingWithoutTenDaysOfHistory() {
		List<Observation> series = new ArrayList<>();
		for (int day = 1; day <= 9; day++) {
			series.add(at(DAY.minusDays(day), 400));
		}
		series.add(at(DAY, 40_000));

		assertThat(outliers.find(series, DAY, DAY)).isEmpty();
	}

	/** 56 days before DAY, cycling through the counts. */
	private static List<Observation> series(int... counts) {
		List<Observation> series = new ArrayList<>();
		for (int day = 56; day >= 1; day--) {
			series.add(at(DAY.minusDays(day), counts[day % counts.length]));
		}
		return series;
	}

	private static Observation at(LocalDate day, int persons) {
		return new Observation("HQ", "R-" + day, day, "SY02", "NASIB", ReturnCategory.REFUGEE_RETURNEE, persons,
				Instant.parse(day + "T10:00:00Z"));
	}
}
