package org.homeward.returns;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.homeward.returns.internal.Knowledge;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of people who came home, for one source, a span of days and a moment of knowledge. Figures come from
 * daily aggregates kept as data arrives; "as known at" an earlier instant takes back what was recorded since.
 */
@Service
public class ReturnFigures {

	private final Knowledge knowledge;

	ReturnFigures(Knowledge knowledge) {
		this.knowledge = knowledge;
	}

	/** The latest day on or before {@code day} on which the source counted anyone; empty when it never did. */
	@Transactional(readOnly = true)
	public Optional<LocalDate> lastDayWithReturns(String source, LocalDate day) {
		return knowledge.lastDayWithReturns(source, day);
	}

	/** Persons counted by a query, in all. */
	@Transactional(readOnly = true)
	public long persons(FigureQuery query) {
		return knowledge.sums(query, Breakdown.CATEGORY).values().stream().mapToLong(Long::longValue).sum();
	}

	/**
	 * Persons by a breakdown's keys (category, day, p-code, country or entry point code), leaving out zeros. SEX
	 * gives female, male and not_reported; AGE_BAND the five bands and not_reported; DAY and WEEK are keyed by the
	 * day as YYYY-MM-DD, in the order of the days.
	 */
	@Transactional(readOnly = true)
	public Map<String, Long> by(Breakdown breakdown, FigureQuery query) {
		if (breakdown == Breakdown.DAY || breakdown == Breakdown.WEEK) {
			Map<String, Long> byDay = new LinkedHashMap<>();
			(breakdown == Breakdown.DAY ? daily(query) : weekly(query))
				.forEach((day, persons) -> byDay.put(day.toString(), persons));
			return Collections.unmodifiableMap(byDay);
		}
		Map<String, Long> sums = knowledge.sums(query, breakdown);
		Map<String, Long> figures = switch (breakdown) {
			case SEX -> parts(sums, sexLabels());
			case AGE_BAND -> parts(sums, ageLabels());
			default -> new TreeMap<>(sums);
		};
		figures.values().removeIf(value -> value == 0);
		return Collections.unmodifiableMap(figures);
	}

	/** Persons by the day they returned on, leaving out days that count none. */
	@Transactional(readOnly = true)
	public SortedMap<LocalDate, Long> daily(FigureQuery query) {
		SortedMap<LocalDate, Long> days = knowledge.daily(query);
		days.values().removeIf(persons -> persons == 0);
		return Collections.unmodifiableSortedMap(days);
	}

	/**
	 * Persons by seven-day week ending with the query's last day, keyed by each week's last day, leaving out weeks
	 * that count none.
	 */
	@Transactional(readOnly = true)
	public SortedMap<LocalDate, Long> weekly(FigureQuery query) {
		LocalDate lastDay = query.to();
		SortedMap<LocalDate, Long> weeks = new TreeMap<>();
		knowledge.daily(query).forEach((day, persons) -> {
			long weeksBack = ChronoUnit.DAYS.between(day, lastDay) / 7;
			weeks.merge(lastDay.minusWeeks(weeksBack), persons, Long::sum);
		});
		weeks.values().removeIf(persons -> persons == 0);
		return Collections.unmodifiableSortedMap(weeks);
	}

	/**
	 * Compares the chosen sources, or all that have records: totals as of {@code asOf} by category, the {@code days} days ending
	 * with it, refugee returnees by host country and persons by governorate. A source silent on a figure is left
	 * out of that figure rather than counted as zero.
	 */
	@Transactional(readOnly = true)
	public SourceComparison compare(LocalDate asOf, int days, Instant knownAt, double tolerance,
			List<String> chosen) {
		LocalDate periodStart = asOf.minusDays(days - 1L);
		List<String> sources = chosen == null || chosen.isEmpty() ? knowledge.sourcesWithRecords() : chosen;
		Map<String, Map<String, Long>> figures = new LinkedHashMap<>();
		for (String source : sources) {
			FigureQuery cumulative = new FigureQuery(source, null, asOf, null, knownAt);
			Map<String, Long> byCategory = by(Breakdown.CATEGORY, cumulative);
			long idp = byCategory.getOrDefault(ReturnCategory.IDP_RETURNEE.apiName(), 0L);
			long refugees = byCategory.getOrDefault(ReturnCategory.REFUGEE_RETURNEE.apiName(), 0L);
			put(figures, "total", source, idp + refugees);
			put(figures, "idpReturnees", source, idp);
			put(figures, "refugeeReturnees", source, refugees);
			put(figures, "inPeriod", source, persons(new FigureQuery(source, periodStart, asOf, null, knownAt)));
			by(Breakdown.ORIGIN_COUNTRY, cumulative.ofCategory(ReturnCategory.REFUGEE_RETURNEE))
				.forEach((country, persons) -> put(figures, "refugeeReturnees." + country, source, persons));
			by(Breakdown.GOVERNORATE, cumulative)
				.forEach((governorate, persons) -> put(figures, "total." + governorate, source, persons));
		}
		return new SourceComparison(asOf, periodStart, knownAt, tolerance, sources, figures.entrySet().stream()
			.map(figure -> SourceComparison.Figure.of(figure.getKey(), figure.getValue(), tolerance)).toList());
	}

	private static void put(Map<String, Map<String, Long>> figures, String figure, String source, long persons) {
		figures.computeIfAbsent(figure, name -> new TreeMap<>()).put(source, persons);
	}

	private static Map<String, Long> parts(Map<String, Long> sums, Map<String, String> labels) {
		Map<String, Long> parts = new LinkedHashMap<>();
		long reported = 0;
		for (Map.Entry<String, String> column : labels.entrySet()) {
			long value = sums.getOrDefault(column.getKey(), 0L);
			parts.put(column.getValue(), value);
			reported += value;
		}
		parts.put("not_reported", sums.getOrDefault("persons", 0L) - reported);
		return parts;
	}

	private static Map<String, String> sexLabels() {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("female", "female");
		labels.put("male", "male");
		return labels;
	}

	private static Map<String, String> ageLabels() {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("age_0_4", AgeBand.AGE_0_4.label());
		labels.put("age_5_11", AgeBand.AGE_5_11.label());
		labels.put("age_12_17", AgeBand.AGE_12_17.label());
		labels.put("age_18_59", AgeBand.AGE_18_59.label());
		labels.put("age_60_plus", AgeBand.AGE_60_PLUS.label());
		return labels;
	}
}
