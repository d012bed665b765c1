package org.homeward.returns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The same figures from every source that has records, side by side, never merged. A figure is discrepant when
 * at least two sources report it and they differ by more than the tolerance: (highest - lowest) / highest.
 */
public record SourceComparison(LocalDate asOf, LocalDate periodStart, Instant knownAt, double tolerance,
		List<String> sources, List<Figure> figures) {

	public SourceComparison {
		sources = List.copyOf(sources);
		figures = List.copyOf(figures);
	}

	/** One figure (such as {@code total} or {@code refugeeReturnees.LBN}) by source. */
	public record Figure(String name, Map<String, Long> bySource, double spread, boolean discrepant) {

		static Figure of(String name, Map<String, Long> bySource, double tolerance) {
			long highest = bySource.values().stream().mapToLong(Long::longValue).max().orElse(0);
			long lowest = bySource.values().stream().mapToLong(Long::longValue).min().orElse(0);
			double spread = highest == 0 ? 0 : (double) (highest - lowest) / highest;
			return new Figure(name, java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(bySource)), spread,
					bySource.size() > 1 && spread > tolerance);
		}
	}
}
