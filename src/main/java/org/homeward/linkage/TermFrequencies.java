package org.homeward.linkage;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How common a name is among the registrations: two registrations that share "Mohammed" say less than two that
 * share a rare name (the term-frequency adjustment of the record-linkage literature). Counted by skeleton, for the
 * given, father's and family names.
 */
public final class TermFrequencies {

	private final Map<Comparison, Map<String, Long>> counts = new EnumMap<>(Comparison.class);
	private final long registrations;

	private TermFrequencies(long registrations) {
		this.registrations = registrations;
	}

	/** Frequencies of names counted elsewhere (as a database does), as shares of this many registrations. */
	public static TermFrequencies among(long registrations) {
		return new TermFrequencies(registrations);
	}

	/** The frequencies among these records, as shares of all of them, as {@link #among} counts them. */
	public static TermFrequencies of(List<LinkageRecord> records) {
		TermFrequencies frequencies = new TermFrequencies(records.size());
		for (LinkageRecord record : records) {
			frequencies.count(Comparison.GIVEN, record.givenSkeleton(), 1);
			frequencies.count(Comparison.FATHER, record.fatherSkeleton(), 1);
			frequencies.count(Comparison.FAMILY, record.familySkeleton(), 1);
		}
		return frequencies;
	}

	/** Adds {@code times} occurrences of a name's skeleton in one field. */
	public void count(Comparison field, String skeleton, long times) {
		if (skeleton == null) {
			return;
		}
		counts.computeIfAbsent(field, f -> new HashMap<>()).merge(skeleton, times, Long::sum);
	}

	/** Fewest registrations among which how common a name is tells anything. */
	public static final long FEWEST = 1_000;

	/** The share of registrations whose name in this field has this skeleton; NaN when not counted or too few. */
	public double share(Comparison field, String skeleton) {
		if (registrations < FEWEST) {
			return Double.NaN;
		}
		Long count = counts.getOrDefault(field, Map.of()).get(skeleton);
		return count == null ? Double.NaN : (double) count / registrations;
	}
}
