package org.homeward.briefing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.homeward.briefing.BriefingFigures;
import org.homeward.briefing.Briefings;
import org.homeward.briefing.IssuedBriefing;
import org.homeward.geography.HomeCountry;
import org.homeward.returns.ReturnFigures;
import org.homeward.sources.Source;
import org.homeward.sources.Sources;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.homeward.web.WebPage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages of the briefing: the dashboard (the figures of a day with their charts), the preview of any day's
 * briefing with the form that issues it, the archive of issued briefings, and what changed since one was issued.
 */
@WebPage
class BriefingPages {

	private final Briefings briefings;
	private final BriefingDocuments documents;
	private final Sources sources;
	private final ReturnFigures returns;
	private final HomeCountry homeCountry;
	private final Clock clock;
	private final GovernorateMap map;
	private final ChangedFigures changedFigures;

	BriefingPages(Briefings briefings, BriefingDocuments documents, Sources sources, ReturnFigures returns,
			HomeCountry homeCountry, Clock clock, GovernorateMap map, ChangedFigures changedFigures) {
		this.map = map;
		this.changedFigures = changedFigures;
		this.briefings = briefings;
		this.documents = documents;
		this.sources = sources;
		this.returns = returns;
		this.homeCountry = homeCountry;
		this.clock = clock;
	}

	@GetMapping("/")
	String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "7") int days, @RequestParam(required = false) String source, Model model) {
		Source chosen = chosenSource(source);
		LocalDate day = asOf != null ? asOf : lastDay(chosen.code());
		int period = period(days);
		BriefingDocuments.Briefing briefing = documents.current(day, period, chosen.code(), null, language());
		model.addAllAttributes(documents.model(briefing));
		Phrases phrases = new Phrases(briefing.language());
		model.addAttribute("map", map.draw(briefing.figures().returns().totalByGovernorate(), briefing.language(),
				phrases::number));
		model.addAttribute("asOf", day);
		model.addAttribute("days", period);
		model.addAttribute("source", chosen.code());
		model.addAttribute("sources", sources.all());
		List<IssuedBriefing> issued = briefings.issued();
		model.addAttribute("latest", issued.isEmpty() ? null : issued.get(0));
		return "briefing/dashboard";
	}

	@GetMapping("/briefings")
	String briefings(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "7") int days, @RequestParam(required = false) String source,
			@RequestParam(required = false) String language, Model model) {
		Source chosen = chosenSource(source);
		LocalDate day = asOf != null ? asOf : lastDay(chosen.code());
		int period = period(days);
		String written = language != null && BriefingText.LANGUAGES.contains(language) ? language : language();
		BriefingFigures figures = briefings.briefing(day, period, chosen.code(), null, written);
		model.addAttribute("paragraphs", figures.text() == null ? List.of() : List.of(figures.text().split("\n\n")));
		model.addAttribute("asOf", day);
		model.addAttribute("days", period);
		model.addAttribute("source", chosen.code());
		model.addAttribute("language", written);
		model.addAttribute("sources", sources.all());
		model.addAttribute("archive", briefings.issued());
		model.addAttribute("mayIssue", mayIssue());
		return "briefing/briefings";
	}

	@PostMapping("/briefings/issued")
	String issue(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "7") int days, @RequestParam(required = false) String source) {
		Source chosen = chosenSource(source);
		IssuedBriefing issued = briefings.issue(asOf, period(days), chosen.code());
		return "redirect:/briefings/issued/" + issued.id();
	}

	@GetMapping("/briefings/issued/{id}")
	String issued(@PathVariable long id, Model model) {
		model.addAttribute("issued", briefings.issuedBriefing(id));
		model.addAttribute("changes", changedFigures.lines(briefings.changesSince(id), LocaleContextHolder.getLocale()));
		return "briefing/issued";
	}

	private Source chosenSource(String code) {
		return code == null ? sources.primary() : sources.find(code).orElseGet(sources::primary);
	}

	/** The latest day the source counted returns, up to today: where a reader wants to start. */
	private LocalDate lastDay(String source) {
		LocalDate today = homeCountry.today(clock);
		return returns.lastDayWithReturns(source, today).orElse(today);
	}

	private static String language() {
		String language = LocaleContextHolder.getLocale().getLanguage();
		return BriefingText.LANGUAGES.contains(language) ? language : "en";
	}

	/** A page's period: the days asked for, within what a briefing covers. */
	private static int period(int days) {
		return Math.max(1, Math.min(days, BriefingController.MAX_DAYS));
	}

	private static boolean mayIssue() {
		Authentication viewer = SecurityContextHolder.getContext().getAuthentication();
		return viewer != null && viewer.getAuthorities().stream().anyMatch(authority -> authority.getAuthority()
			.equals("ROLE_ADMIN") || authority.getAuthority().equals("ROLE_COORDINATOR"));
	}
}
