package org.homeward.returns;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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

	/** Persons counted by a query, in all. */
	@Transactional(readOnly = true)
	public long persons(FigureQuery query) {
		return knowledge.sums(query, Breakdown.CATEGORY).values().stream().mapToLong(Long::longValue).sum();
	}

	/**
	 * Persons by a breakdown's keys (category, day, p-code, country or entry point code), leaving out zeros. SEX
	 * gives female, male and not_reported; AGE_BAND the five bands and not_reported.
	 */
	@Transactional(readOnly = true)
	public Map<String, Long> by(Breakdown breakdown, FigureQuery query) {
		Map<String, Long> sums = knowledge.sums(query, breakdown);
		Map<String, Long> figures = switch (breakdown) {
			case SEX -> parts(sums, sexLabels());
			case AGE_BAND -> parts(sums, ageLabels());
			default -> new TreeMap<>(sums);
		};
		figures.values().removeIf(value -> value == 0);
		return Collections.unmodifiableMap(figures);
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
