package org.homeward.quality.internal;

import java.util.Map;

import org.homeward.quality.QualityReport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The quality checks on nine months of synthetic daily counts (two sources, ten crossings, fourteen governorates)
 * with 56 planted faults: they find at least 90 % of the faults with a precision of at least 80 %, and report
 * nothing on the same data without the faults.
 */
class PlantedFaultDetectionTest {

	private static final long SEED = 20181022L;

	@Test
	void findsEveryPlantedFaultAndRaisesNoFalseAlarm() {
		PlantedFaultBenchmark.Score score = PlantedFaultBenchmark.score(PlantedFaults.generate(SEED, 1, true));

		assertThat(score.recall()).isGreaterThanOrEqualTo(0.90);
		assertThat(score.precision()).isGreaterThanOrEqualTo(0.80);
		assertThat(score.planted()).isEqualTo(56);
		assertThat(score.found()).isEqualTo(56);
		// a spike at a crossing that lifts its week's returns from abroad above the total is found twice
		assertThat(score.findings()).isEqualTo(60);
		assertThat(score.trueFindings()).isEqualTo(60);
		assertThat(score.falseFindings()).isEmpty();
	}

	@Test
	void reportsFortyTwoOutliersFifteenBrokenRulesAndThreeSilentGovernorates() {
		QualityReport report = PlantedFaultBenchmark.check(PlantedFaults.generate(SEED, 1, true));

		assertThat(report.outliers()).hasSize(42);
		assertThat(report.validation()).hasSize(15);
		assertThat(report.silentSources()).extracting(QualityReport.SilentSource::adm1,
				QualityReport.SilentSource::silentDays)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("SY01", 23), org.assertj.core.groups.Tuple.tuple("SY11", 28),
					org.assertj.core.groups.Tuple.tuple("SY14", 19));
	}

	@Test
	void findsEachKindOfFault() {
		PlantedFaultBenchmark.Score score = PlantedFaultBenchmark.score(PlantedFaults.generate(SEED, 1, true));

		assertThat(score.byKind()).hasSize(7);
		assertThat(Map.copyOf(score.byKind()).entrySet().stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue()[1] + " of " + e.getValue()[0])))
			.containsOnly(entry(PlantedFaults.Kind.SPIKE_X10, "10 of 10"), entry(PlantedFaults.Kind.SPIKE_X100, "6 of 6"),
					entry(PlantedFaults.Kind.DIGIT_SLIP, "12 of 12"), entry(PlantedFaults.Kind.DROP_TO_ZERO, "14 of 14"),
					entry(PlantedFaults.Kind.SILENT_SOURCE, "3 of 3"),
					entry(PlantedFaults.Kind.ABROAD_ABOVE_TOTAL, "6 of 6"),
					entry(PlantedFaults.Kind.OPENED_WITHOUT_WORKS, "5 of 5"));
	}

	@Test
	void reportsNothingOnTheSameDataWithoutFaults() {
		PlantedFaults.DataSet consistent = PlantedFaults.generate(SEED, 1, false);

		QualityReport report = PlantedFaultBenchmark.check(consistent);

		assertThat(consistent.planted()).isEmpty();
		assertThat(consistent.records()).hasSize(16_982);
		assertThat(report.outliers()).isEmpty();
		assertThat(report.validation()).isEmpty();
		assertThat(report.silentSources()).isEmpty();
		assertThat(report.clean()).isTrue();
	}
}
