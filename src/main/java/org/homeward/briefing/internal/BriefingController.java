package org.homeward.briefing.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.homeward.briefing.BriefingFigures;
import org.homeward.briefing.Briefings;
import org.homeward.briefing.IssuedBriefing;
import org.homeward.sources.Sources;
import org.homeward.web.ProblemException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
	private final BriefingDocuments documents;

	BriefingController(Briefings briefings, Sources sources, BriefingDocuments documents) {
		this.briefings = briefings;
		this.sources = sources;
		this.documents = documents;
	}

	@GetMapping
	@Operation(summary = "Briefing figures as of a day (exchange contract, section 4)")
	BriefingFigures figures(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "7") int days, @RequestParam(required = false) String source,
			@RequestParam(required = false) Instant knownAt, @RequestParam(defaultValue = "en") String lang) {
		checkDays(days);
		checkLanguage(lang);
		String code = source == null ? sources.primary().code() : sources.require(source).code();
		return briefings.briefing(asOf, days, code, knownAt, lang);
	}

	@GetMapping(params = "format")
	@Operation(summary = "The briefing as a document: format=html (print-friendly page), pdf, or json")
	ResponseEntity<?> document(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "7") int days, @RequestParam(required = false) String source,
			@RequestParam(required = false) Instant knownAt, @RequestParam(defaultValue = "en") String lang,
			@RequestParam String format) {
		Format chosen = Format.of(format);
		if (chosen == Format.JSON) {
			return ResponseEntity.ok(figures(asOf, days, source, knownAt, lang));
		}
		checkDays(days);
		checkLanguage(lang);
		String code = source == null ? sources.primary().code() : sources.require(source).code();
		return answer(documents.current(asOf, days, code, knownAt, lang), chosen,
				"briefing-" + asOf + "-" + code + "-" + lang);
	}

	@GetMapping(path = "/issued/{id}", params = "format")
	@Operation(summary = "An issued briefing as a document: format=html or pdf (format=json: the frozen document)")
	ResponseEntity<?> issuedAsDocument(@PathVariable long id, @RequestParam(defaultValue = "en") String lang,
			@RequestParam String format) {
		Format chosen = Format.of(format);
		checkLanguage(lang);
		if (chosen == Format.JSON) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(issuedDocument(id, lang));
		}
		BriefingDocuments.Briefing briefing = documents.issued(id, lang);
		return answer(briefing, chosen, "briefing-" + briefing.figures().asOf() + "-" + briefing.figures().source()
				+ "-issued-" + id + "-" + lang);
	}

	private ResponseEntity<?> answer(BriefingDocuments.Briefing briefing, Format format, String name) {
		if (format == Format.PDF) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name + ".pdf").build()
					.toString())
				.body(documents.pdf(briefing));
		}
		return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(documents.html(briefing, false));
	}

	/** The forms a briefing is answered in. */
	enum Format {
		JSON, HTML, PDF;

		static Format of(String name) {
			return switch (name) {
				case "json" -> JSON;
				case "html" -> HTML;
				case "pdf" -> PDF;
				default -> throw ProblemException.invalid("format", name, "must be one of json, html, pdf.");
			};
		}
	}

	private static void checkDays(int days) {
		if (days < 1 || days > MAX_DAYS) {
			throw ProblemException.invalid("days", days, "must be between 1 and " + MAX_DAYS + ".");
		}
	}

	private static void checkLanguage(String lang) {
		if (!BriefingText.LANGUAGES.contains(lang)) {
			throw ProblemException.invalid("lang", lang, "must be one of en, ru, ar.");
		}
	}

	@PostMapping("/issued")
	@Operation(summary = "Issue the briefing for a day: figures and text in every language are frozen for ever")
	ResponseEntity<IssuedBriefing> issue(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "7") int days, @RequestParam(required = false) String source) {
		checkDays(days);
		String code = source == null ? sources.primary().code() : sources.require(source).code();
		IssuedBriefing issued = briefings.issue(asOf, days, code);
		return ResponseEntity.created(URI.create("/api/v1/briefings/issued/" + issued.id())).body(issued);
	}

	@GetMapping("/issued")
	@Operation(summary = "The archive of issued briefings, latest day first")
	List<IssuedResponse> issued() {
		return briefings.issued().stream().map(IssuedResponse::from).toList();
	}

	/** An issued briefing as the public archive lists it: which day, period and source, known and issued when. */
	record IssuedResponse(long id, LocalDate asOf, int days, String source, Instant knownAt, Instant issuedAt) {

		static IssuedResponse from(IssuedBriefing issued) {
			return new IssuedResponse(issued.id(), issued.asOf(), issued.days(), issued.source(), issued.knownAt(),
					issued.issuedAt());
		}
	}

	@GetMapping(path = "/issued/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "An issued briefing exactly as it was issued, byte for byte")
	String issuedDocument(@PathVariable long id, @RequestParam(defaultValue = "en") String lang) {
		checkLanguage(lang);
		return briefings.issuedDocument(id, lang);
	}

	@GetMapping("/issued/{id}/changes")
	@Operation(summary = "What changed since a briefing was issued, figure by figure")
	List<Briefings.FigureChange> changes(@PathVariable long id) {
		return briefings.changesSince(id);
	}
}
