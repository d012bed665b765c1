package org.homeward.briefing.internal;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.homeward.briefing.BriefingFigures;
import org.homeward.briefing.Briefings;
import org.homeward.sources.Sources;
import org.homeward.web.ProblemException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The briefing figures of the exchange contract (section 4): public aggregates, no credentials needed. */
@RestController
@RequestMapping("/api/v1/briefings")
@Tag(name = "Briefings", description = "Figures as of a day and over the past days, and the briefing text")
class BriefingController {

	static final int MAX_DAYS = 366;

	private final Briefings briefings;
	private final Sources sources;

	BriefingController(Briefings briefings, Sources sources) {
		this.briefings = briefings;
		this.sources = sources;
	}

	@GetMapping
	@Operation(summary = "Briefing figures as of a day (exchange contract, section 4)")
	BriefingFigures figures(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "7") int days, @RequestParam(required = false) String source,
			@RequestParam(required = false) Instant knownAt, @RequestParam(defaultValue = "en") String lang) {
		if (days < 1 || days > MAX_DAYS) {
			throw ProblemException.invalid("days", days, "must be between 1 and " + MAX_DAYS + ".");
		}
		if (!lang.equals("en") && !lang.equals("ru") && !lang.equals("ar")) {
			throw ProblemException.invalid("lang", lang, "must be one of en, ru, ar.");
		}
		String code = source == null ? sources.primary().code() : sources.require(source).code();
		return briefings.briefing(asOf, days, code, knownAt, lang);
	}
}
