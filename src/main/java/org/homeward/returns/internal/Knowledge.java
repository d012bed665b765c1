package org.homeward.returns.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

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

	/** Persons by a breakdown's key other than a day; for SEX and AGE_BAND the raw sums, keyed by column name. */
	public Map<String, Long> sums(FigureQuery query, Breakdown breakdown) {
		Map<String, Long> sums = new TreeMap<>(figures.sums(query, breakdown));
		asKnownAt(query, change -> add(sums, breakdown, change));
		return sums;
	}

	/** Persons by the day they returned on. */
	public SortedMap<LocalDate, Long> daily(FigureQuery query) {
		SortedMap<LocalDate, Long> days = figures.daily(query);
		asKnownAt(query, change -> days.merge(change.day(), (long) change.sign() * change.persons(), Long::sum));
		return days;
	}

	public Optional<LocalDate> lastDayWithReturns(String source, LocalDate day) {
		return figures.lastDayWithReturns(source, day);
	}

	/** The sources whose ledger holds at least one record, by code. */
	public List<String> sourcesWithRecords() {
		return figures.sourcesWithRecords();
	}

	/** Adds to what is known now every change of what the query covers since its instant, taken back. */
	private void asKnownAt(FigureQuery query, Consumer<FiguresRepository.SignedCount> add) {
		if (query.knownAt() == null || !changedSince(query.source(), query.knownAt())) {
			return;
		}
		figures.changesSince(query.source(), query.knownAt(), change -> {
			if (query.covers(change.day(), change.category())) {
				add.accept(change);
			}
		});
	}

	private boolean changedSince(String source, Instant knownAt) {
		return figures.lastChange(source).map(last -> last.isAfter(knownAt)).orElse(false);
	}

	/** Adds a version's contribution under the same keys the aggregates use. */
	private static void add(Map<String, Long> sums, Breakdown breakdown, FiguresRepository.SignedCount change) {
		long sign = change.sign();
		switch (breakdown) {
			case CATEGORY -> sums.merge(change.category().apiName(), sign * change.persons(), Long::sum);
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
