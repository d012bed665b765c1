package org.homeward.statedfigures.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.homeward.geography.HomeCountry;
import org.homeward.returns.ReturnFigures;
import org.homeward.sources.Source;
import org.homeward.sources.Sources;
import org.homeward.statedfigures.StatedFigureChecks;
import org.homeward.statedfigures.StatedFigureComparison;
import org.homeward.web.WebPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every source's figures side by side for an analyst, the discrepant ones marked, and beneath them what each source
 * stated as headlines in the period, beside what its own records count. The page lives with the stated figures
 * because it reads both them and the returns ledger, which knows nothing of them.
 */
@WebPage
class SourcePages {

	/** The longest period the page compares: ten years, as the returns API allows. */
	private static final int MAX_DAYS = 3_660;

	private final ReturnFigures figures;
	private final StatedFigureChecks checks;
	private final Sources sources;
	private final HomeCountry homeCountry;
	private final Clock clock;

	SourcePages(ReturnFigures figures, StatedFigureChecks checks, Sources sources, HomeCountry homeCountry,
			Clock clock) {
		this.figures = figures;
		this.checks = checks;
		this.sources = sources;
		this.homeCountry = homeCountry;
		this.clock = clock;
	}

	/** What one source stated in the period, each figure beside its records. */
	record SourceStated(Source source, List<StatedFigureComparison> figures) {
	}

	@GetMapping("/sources")
	String compare(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "7") int days, @RequestParam(defaultValue = "5") double tolerance, Model model) {
		LocalDate day = asOf != null ? asOf
				: figures.lastDayWithReturns(sources.primary().code(), homeCountry.today(clock))
					.orElse(homeCountry.today(clock));
		int period = Math.max(1, Math.min(days, MAX_DAYS));
		double percent = Double.isNaN(tolerance) ? 5 : Math.max(0, Math.min(tolerance, 100));
		LocalDate first = day.minusDays(period - 1L);
		model.addAttribute("comparison", figures.compare(day, period, clock.instant(), percent / 100, List.of()));
		model.addAttribute("stated", sources.all().stream()
			.map(source -> new SourceStated(source, checks.compared(source.code(), first, day)))
			.filter(stated -> !stated.figures().isEmpty()).toList());
		model.addAttribute("asOf", day);
		model.addAttribute("days", period);
		model.addAttribute("tolerance", percent);
		return "statedfigures/sources";
	}
}
