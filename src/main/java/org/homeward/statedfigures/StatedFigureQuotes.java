package org.homeward.statedfigures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.statedfigures.internal.StatedFigureRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other sources stated, for a briefing to quote beside its own figures: of each other source and scope, the
 * latest figure of the month up to the briefing's day, as known when the briefing was (or is) written.
 */
@Service
public class StatedFigureQuotes {

	/** A figure older than this when the briefing is written is not news worth quoting beside it. */
	public static final int DAYS = 30;

	private final StatedFigureRepository figures;

	StatedFigureQuotes(StatedFigureRepository figures) {
		this.figures = figures;
	}

	/**
	 * The figures a briefing of {@code source} as of {@code asOf}, known at {@code knownAt}, quotes: by source, then
	 * day and id; none when no other source stated anything in the {@link #DAYS} days ending with its day.
	 */
	@Transactional(readOnly = true)
	public List<QuotedFigure> forBriefing(String source, LocalDate asOf, Instant knownAt) {
		Map<List<Object>, QuotedFigure> latest = new LinkedHashMap<>();
		for (QuotedFigure quoted : figures.ofOtherSources(source, asOf.minusDays(DAYS - 1L), asOf, knownAt)) {
			StatedFigure figure = quoted.figure();
			// a later day of the same source and scope replaces an earlier one; the order is by day
			latest.put(Arrays.asList(quoted.source(), figure.period().toString(), figure.category(),
					figure.originCountry(), figure.entryPoint(), figure.adm1()), quoted);
		}
		return latest.values().stream().sorted(Comparator.comparing(QuotedFigure::source)
			.thenComparing(quoted -> quoted.figure().asOf()).thenComparing(quoted -> quoted.figure().id())).toList();
	}
}
