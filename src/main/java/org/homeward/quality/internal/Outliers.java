package org.homeward.quality.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.homeward.quality.QualityReport.Outlier;
import org.homeward.quality.QualityReport.Test;

/**
 * Finds the records whose count is out of line with the history of their series (same source, category and place):
 * the modified z-score of Iglewicz and Hoaglin against the weeks before the day, and minimum–maximum bounds
 * learned over the year before it, as DHIS2's outlier detection has them.
 */
public final class Outliers {

	/** 0.6745 = Φ⁻¹(0.75): makes the MAD of normal data comparable to its standard deviation. */
	private static final double MAD_SCALE = 0.6745;
	/** √(π/2): the mean absolute deviation of normal data times this is its standard deviation, as MAD/0.6745 is. */
	private static final double MEAN_AD_SCALE = 1.253314;

	private final QualitySettings settings;

	public Outliers(QualitySettings settings) {
		this.settings = settings;
	}

	/** The outliers among the records of the days {@code from}..{@code to}, by day, then source and id. */
	public List<Outlier> find(List<Observation> observations, LocalDate from, LocalDate to) {
		Map<String, List<Observation>> series = new LinkedHashMap<>();
		observations.stream().sorted(Comparator.comparing(Observation::day).thenComparing(Observation::id))
			.forEach(observation -> series.computeIfAbsent(observation.series(), key -> new ArrayList<>())
				.add(observation));
		List<Outlier> found = new ArrayList<>();
		for (List<Observation> counts : series.values()) {
			for (int i = 0; i < counts.size(); i++) {
				Observation record = counts.get(i);
				if (!record.day().isBefore(from) && !record.day().isAfter(to)) {
					judge(record, counts, i).ifPresent(found::add);
				}
			}
		}
		found.sort(Comparator.comparing(Outlier::date).thenComparing(Outlier::source).thenComparing(Outlier::id));
		return found;
	}

	private java.util.Optional<Outlier> judge(Observation record, List<Observation> series, int index) {
		double[] recent = before(series, index, settings.historyDays());
		double[] year = before(series, index, settings.boundsDays());
		double x = record.persons();
		List<Test> failed = new ArrayList<>();
		List<String> reasons = new ArrayList<>();
		Double score = null;
		Double median = null;
		if (recent.length >= settings.minimumHistory()) {
			Arrays.sort(recent);
			double middle = median(recent);
			median = middle;
			// a count of n people varies by about √n by chance alone: a MAD below what that gives (0.6745·√median,
			// the MAD of a Poisson count) would make a few people more or less look like an outlier
			double mad = Math.max(median(deviations(recent, middle)), MAD_SCALE * Math.sqrt(middle));
			double meanAd = Arrays.stream(recent).map(value -> Math.abs(value - middle)).average().orElse(0);
			String history = " against the " + settings.historyDays() + " days before (median " + number(middle);
			if (mad > 0 || meanAd > 0) {
				double z = mad > 0 ? MAD_SCALE * (x - middle) / mad : (x - middle) / (MEAN_AD_SCALE * meanAd);
				score = Math.round(z * 100) / 100.0;
				if (Math.abs(z) > settings.threshold()) {
					failed.add(Test.MODIFIED_Z_SCORE);
					reasons.add((z > 0 ? "far above" : "far below") + " this place's usual count: modified z-score "
							+ String.format(Locale.ROOT, "%.1f", z) + history
							+ (mad > 0 ? ", MAD " + number(mad) + ")"
									: "; the counts seldom varied, so their mean absolute deviation, "
											+ number(meanAd) + ", stands for the MAD, which is 0)"));
				}
			}
			else if (x != middle) {
				failed.add(Test.MODIFIED_Z_SCORE);
				reasons.add("differs from a count that never varied: every record of the " + settings.historyDays()
						+ " days before counted " + number(middle));
			}
		}
		Double lowest = null;
		Double highest = null;
		if (year.length >= settings.minimumHistory()) {
			Arrays.sort(year);
			lowest = percentile(year, 0.025) / settings.boundsFactor();
			highest = percentile(year, 0.975) * settings.boundsFactor();
			// beyond a bound by more than chance alone moves a count of that size (two of its √n), as the MAD above:
			// a place that sees two or three people a day is not flagged for a day of one
			if (x < lowest - 2 * Math.sqrt(lowest) || x > highest + 2 * Math.sqrt(highest)) {
				failed.add(Test.MIN_MAX);
				reasons.add(x > highest
						? "above the highest count learned for this place over the " + settings.boundsDays()
								+ " days before (" + number(highest) + ")"
						: "below the lowest count learned for this place over the " + settings.boundsDays()
								+ " days before (" + number(lowest) + ")");
			}
		}
		if (failed.isEmpty()) {
			return java.util.Optional.empty();
		}
		String reason = String.join("; ", reasons);
		return java.util.Optional.of(new Outlier(record.source(), record.id(), record.day(), record.adm1(),
				record.place(), record.category().apiName(), record.persons(), score, median, lowest, highest, failed,
				Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + "."));
	}

	/** The counts of the series in the {@code days} days before the record's day. */
	private static double[] before(List<Observation> series, int index, int days) {
		LocalDate day = series.get(index).day();
		LocalDate first = day.minusDays(days);
		List<Double> counts = new ArrayList<>();
		for (int i = index - 1; i >= 0; i--) {
			Observation earlier = series.get(i);
			if (earlier.day().isBefore(first)) {
				break;
			}
			if (earlier.day().isBefore(day)) {
				counts.add((double) earlier.persons());
			}
		}
		return counts.stream().mapToDouble(Double::doubleValue).toArray();
	}

	private static double[] deviations(double[] sorted, double middle) {
		double[] deviations = Arrays.stream(sorted).map(value -> Math.abs(value - middle)).toArray();
		Arrays.sort(deviations);
		return deviations;
	}

	private static double median(double[] sorted) {
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	/** The nearest-rank percentile of sorted values. */
	private static double percentile(double[] sorted, double share) {
		return sorted[Math.max(0, (int) Math.ceil(share * sorted.length) - 1)];
	}

	private static String number(double value) {
		return value == Math.rint(value) ? String.format(Locale.ROOT, "%,d", (long) value)
				: String.format(Locale.ROOT, "%,.1f", value);
	}
}
