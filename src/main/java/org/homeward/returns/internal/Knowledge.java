package org.homeward.returns.internal;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.homeward.returns.Breakdown;
import org.homeward.returns.FigureQuery;
import org.springframework.stereotype.Component;

/**
 * What was known at an instant. The aggregates hold what is known now; for an earlier instant, the versions
 * recorded since are taken back and the ones they replaced put back. The cost follows the changes since that
 * instant, not the size of the ledger.
 */
@Component
public class Knowledge {

	private final FiguresRepository figures;

	Knowledge(FiguresRepository figures) {
		this.figures = figures;
	}

	public Map<String, Long> sums(FigureQuery query, Breakdown breakdown) {
		Map<String, Long> sums = new TreeMap<>(figures.sums(query, breakdown));
		if (query.knownAt() == null || !changedSince(query.source(), query.knownAt())) {
			return sums;
		}
		figures.changesSince(query.source(), query.knownAt(), change -> {
			if (query.covers(change.day(), change.category())) {
				add(sums, breakdown, change);
			}
		});
		return sums;
	}

	/** The sources whose ledger holds at least one record, by code. */
	public java.util.Optional<java.time.LocalDate> lastDayWithReturns(String source, java.time.LocalDate day) {
		return figures.lastDayWithReturns(source, day);
	}

	public java.util.List<String> sourcesWithRecords() {
		return figures.sourcesWithRecords();
	}

	private boolean changedSince(String source, Instant knownAt) {
		return figures.lastChange(source).map(last -> last.isAfter(knownAt)).orElse(false);
	}

	/** Adds a version's contribution under the same keys the aggregates use. */
	private static void add(Map<String, Long> sums, Breakdown breakdown, FiguresRepository.SignedCount change) {
		long sign = change.sign();
		switch (breakdown) {
			case CATEGORY -> sums.merge(change.category().apiName(), sign * change.persons(), Long::sum);
			case DAY, WEEK -> sums.merge(change.day().toString(), sign * change.persons(), Long::sum);
			case SEX -> {
				sums.merge(FiguresRepository.PERSONS, sign * change.persons(), Long::sum);
				sums.merge("female", sign * change.female(), Long::sum);
				sums.merge("male", sign * change.male(), Long::sum);
			}
			case AGE_BAND -> {
				sums.merge(FiguresRepository.PERSONS, sign * change.persons(), Long::sum);
				String[] columns = { "age_0_4", "age_5_11", "age_12_17", "age_18_59", "age_60_plus" };
				for (int band = 0; band < columns.length; band++) {
					sums.merge(columns[band], sign * change.ages()[band], Long::sum);
				}
			}
			case ORIGIN_COUNTRY -> merge(sums, change.originCountry(), sign * change.persons());
			case ENTRY_POINT -> merge(sums, change.entryPoint(), sign * change.persons());
			case ORIGIN_GOVERNORATE -> merge(sums, change.originAdm1(), sign * change.persons());
			case GOVERNORATE, DISTRICT, SUB_DISTRICT, COMMUNITY ->
				merge(sums, change.destination()[breakdown.adminLevel() - 1], sign * change.persons());
		}
	}

	private static void merge(Map<String, Long> sums, String key, long persons) {
		if (key != null) {
			sums.merge(key, persons, Long::sum);
		}
	}
}
