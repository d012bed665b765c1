package org.homeward.quality.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.homeward.geography.HomeCountry;
import org.homeward.geography.Places;
import org.homeward.quality.ReturnsQuality;
import org.homeward.returns.ReturnFigures;
import org.homeward.sources.Sources;
import org.homeward.web.FormErrors;
import org.homeward.web.WebPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The quality of a week's figures for the coordinators and analysts who sign them off, with links to the records. */
@WebPage
class QualityPages {

	private final ReturnsQuality quality;
	private final ReturnFigures figures;
	private final Sources sources;
	private final Places places;
	private final HomeCountry homeCountry;
	private final Clock clock;

	QualityPages(ReturnsQuality quality, ReturnFigures figures, Sources sources, Places places, HomeCountry homeCountry,
			Clock clock) {
		this.quality = quality;
		this.figures = figures;
		this.sources = sources;
		this.places = places;
		this.homeCountry = homeCountry;
		this.clock = clock;
	}

	@GetMapping("/quality")
	String quality(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "7") int days, @RequestParam(required = false) String source, Model model) {
		LocalDate day = asOf != null ? asOf
				: figures.lastDayWithReturns(sources.primary().code(), homeCountry.today(clock))
					.orElse(homeCountry.today(clock));
		int period = Math.max(1, Math.min(days, ReturnsQuality.MAX_DAYS));
		String chosen = source == null || source.isBlank() ? null : sources.require(source).code();
		model.addAttribute("report", quality.report(day, period, chosen));
		model.addAttribute("asOf", day);
		model.addAttribute("days", period);
		model.addAttribute("source", chosen == null ? "" : chosen);
		model.addAttribute("sources", sources.all());
		model.addAttribute("places", new PlaceNames(places, FormErrors.language()));
		return "quality/quality";
	}

	/** A place's name in the page's language, for the template. */
	record PlaceNames(Places places, String language) {

		public String of(String code) {
			return code == null ? "" : places.label(code, language);
		}
	}
}
