package org.homeward.quality.internal;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homeward.quality.QualityReport;

/**
 * Runs the quality checks on a planted-fault data set and scores what they report against what was planted:
 * recall (faults found) and precision (findings that point at a planted fault or at what it causes). The test
 * runs one region; {@code main} runs as many as asked ({@code bench/quality.sh}).
 */
final class PlantedFaultBenchmark {

	/** What the checks found, against what was planted. */
	record Score(int planted, int found, int findings, int trueFindings, Map<PlantedFaults.Kind, int[]> byKind,
			List<String> falseFindings, long millis) {

		double recall() {
			return planted == 0 ? 1 : (double) found / planted;
		}

		double precision() {
			return findings == 0 ? 1 : (double) trueFindings / findings;
		}

		@Override
		public String toString() {
			StringBuilder text = new StringBuilder(String.format(java.util.Locale.ROOT,
					"planted %d, found %d, findings %d (true %d): recall %.3f, precision %.3f, %d ms%n", planted, found,
					findings, trueFindings, recall(), precision(), millis));
			byKind.forEach((kind, counts) -> text.append(String.format(java.util.Locale.ROOT, "  %-22s %4d of %4d%n",
					kind, counts[1], counts[0])));
			return text.toString();
		}
	}

	private PlantedFaultBenchmark() {
	}

	/** The checks of the period, over every source of the data set, as the API runs them. */
	static QualityReport check(PlantedFaults.DataSet data) {
		QualityChecks checks = new QualityChecks(QualitySettings.DEFAULTS, ZoneOffset.UTC);
		return checks.check(data.sources(), data.records(),
				GovernorateWeek.of(data.records(), PlantedFaults.FROM, PlantedFaults.AS_OF), data.events(),
				PlantedFaults.FROM, PlantedFaults.AS_OF);
	}

	/** The keys of a report's findings: outliers, broken rules, silent sources. */
	static List<String> findings(QualityReport report) {
		List<String> keys = new ArrayList<>();
		report.outliers().forEach(outlier -> keys.add(PlantedFaults.recordKey(outlier.source(), outlier.id())));
		report.validation().forEach(violation -> keys.add(violation.rule() == QualityReport.Rule.ABROAD_ABOVE_TOTAL
				? PlantedFaults.abroadKey(violation.source(), violation.adm1(), violation.to())
				: PlantedFaults.openedKey(violation.source(), violation.ids().get(0))));
		report.silentSources().forEach(silent -> keys.add(PlantedFaults.silentKey(silent.source(), silent.adm1())));
		return keys;
	}

	static Score score(PlantedFaults.DataSet data) {
		long start = System.nanoTime();
		QualityReport report = check(data);
		long millis = (System.nanoTime() - start) / 1_000_000;
		List<String> findings = findings(report);
		Set<String> reported = new HashSet<>(findings);
		Set<String> explained = new HashSet<>();
		Map<PlantedFaults.Kind, int[]> byKind = new EnumMap<>(PlantedFaults.Kind.class);
		int found = 0;
		for (PlantedFaults.Planted fault : data.planted()) {
			explained.addAll(fault.keys());
			explained.addAll(fault.causes());
			boolean hit = fault.keys().stream().anyMatch(reported::contains);
			int[] counts = byKind.computeIfAbsent(fault.kind(), kind -> new int[2]);
			counts[0]++;
			if (hit) {
				counts[1]++;
				found++;
			}
		}
		List<String> falseFindings = findings.stream().filter(key -> !explained.contains(key)).toList();
		return new Score(data.planted().size(), found, findings.size(), findings.size() - falseFindings.size(), byKind,
				falseFindings, millis);
	}

	/** {@code [regions] [seed]}: scores a data set of that many regions and prints the figures. */
	public static void main(String[] args) {
		int regions = args.length > 0 ? Integer.parseInt(args[0]) : 20;
		long seed = args.length > 1 ? Long.parseLong(args[1]) : 20181022L;
		long start = System.nanoTime();
		PlantedFaults.DataSet data = PlantedFaults.generate(seed, regions, true);
		long generated = (System.nanoTime() - start) / 1_000_000;
		System.out.printf(java.util.Locale.ROOT, "regions %d, seed %d: %,d records, %,d facility events, generated in %d ms%n",
				regions, seed, data.records().size(), data.events().size(), generated);
		Score score = score(data);
		System.out.print(score);
		score.falseFindings().stream().limit(20).forEach(key -> System.out.println("  false: " + key));
		if (System.getProperty("reasons") != null) {
			check(PlantedFaults.generate(seed, regions, false)).outliers()
				.forEach(outlier -> System.out.println("  " + outlier));
		}
		Score consistent = score(PlantedFaults.generate(seed, regions, false));
		System.out.printf(java.util.Locale.ROOT, "consistent data set: %d findings, %d ms%n", consistent.findings(),
				consistent.millis());
		consistent.falseFindings().stream().limit(20).forEach(key -> System.out.println("  false: " + key));
	}
}
