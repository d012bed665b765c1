package org.homeward.returns.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.homeward.geography.HomeCountry;
import org.homeward.returns.ReturnFigures;
import org.homeward.sources.Sources;
import org.homeward.web.WebPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Every source's figures side by side for an analyst, the discrepant ones marked. */
@WebPage
class SourcePages {

	private final ReturnFigures figures;
	private final Sources sources;
	private final HomeCountry homeCountry;
	private final Clock clock;

	SourcePages(ReturnFigures figures, Sources sources, HomeCountry homeCountry, Clock clock) {
		this.figures = figures;
		this.sources = sources;
		this.homeCountry = homeCountry;
		this.clock = clock;
	}

	@GetMapping("/sources")
	String compare(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "7") int days, @RequestParam(defaultValue = "5") double tolerance, Model model) {
		LocalDate day = asOf != null ? asOf
				: figures.lastDayWithReturns(sources.primary().code(), homeCountry.today(clock))
					.orElse(homeCountry.today(clock));
		int period = Math.max(1, Math.min(days, ReturnController.MAX_DAYS));
		double percent = Double.isNaN(tolerance) ? 5 : Math.max(0, Math.min(tolerance, 100));
		model.addAttribute("comparison", figures.compare(day, period, clock.instant(), percent / 100, java.util.List.of()));
		model.addAttribute("asOf", day);
		model.addAttribute("days", period);
		model.addAttribute("tolerance", percent);
		return "returns/sources";
	}
}
