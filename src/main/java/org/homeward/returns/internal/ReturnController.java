package org.homeward.returns.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.homeward.ledger.RecordKey;
import org.homeward.returns.Breakdown;
import org.homeward.returns.FigureQuery;
import org.homeward.returns.ReturnCategory;
import org.homeward.returns.ReturnFigures;
import org.homeward.returns.ReturnVersion;
import org.homeward.returns.SourceComparison;
import org.homeward.returns.ReturnsLedger;
import org.homeward.sources.Sources;
import org.homeward.web.ProblemException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Single return records (add, correct with a reason, void with a reason, history) and their figures. */
@RestController
@RequestMapping("/api/v1/returns")
@Tag(name = "Returns", description = "The returns ledger: records, versions and figures")
class ReturnController {

	static final int MAX_DAYS = 3_660;

	private final ReturnsLedger ledger;
	private final RecordEntry entry;
	private final ReturnFigures figures;
	private final Sources sources;
	private final Clock clock;

	ReturnController(ReturnsLedger ledger, RecordEntry entry, ReturnFigures figures, Sources sources, Clock clock) {
		this.ledger = ledger;
		this.entry = entry;
		this.figures = figures;
		this.sources = sources;
		this.clock = clock;
	}

	@PostMapping
	@Operation(summary = "Add a return record (a new id of a source)")
	ResponseEntity<ReturnResponse> add(@RequestBody ReturnRequest request) {
		ReturnVersion version = entry.add(request);
		// an id may hold characters a link must percent-encode: a space, quotes, a slash, Arabic letters
		URI location = URI.create("/api/v1/returns/" + new RecordKey(version.source(), version.recordId()).path());
		return ResponseEntity.created(location).body(ReturnResponse.from(version));
	}

	@PutMapping("/{source}/{id}")
	@Operation(summary = "Correct a record: a new version supersedes the current one; a reason is required")
	ReturnResponse correct(@PathVariable String source, @PathVariable String id, @RequestBody ReturnRequest request) {
		return ReturnResponse.from(entry.correct(source, id, request));
	}

	@DeleteMapping("/{source}/{id}")
	@Operation(summary = "Void a record: it counts no more from now on; a reason is required")
	ReturnResponse voidRecord(@PathVariable String source, @PathVariable String id,
			@RequestParam(required = false) String reason) {
		return ReturnResponse.from(entry.voidRecord(source, id, reason));
	}

	@GetMapping("/{source}/{id}")
	@Operation(summary = "The current version of a record")
	ReturnResponse current(@PathVariable String source, @PathVariable String id) {
		List<ReturnVersion> versions = versionsOf(source, id);
		return ReturnResponse.from(versions.get(versions.size() - 1));
	}

	@GetMapping("/{source}/{id}/versions")
	@Operation(summary = "Every version of a record, oldest first, with who recorded it, when and why")
	List<ReturnResponse> versions(@PathVariable String source, @PathVariable String id) {
		return versionsOf(source, id).stream().map(ReturnResponse::from).toList();
	}

	@GetMapping("/figures")
	@Operation(summary = "Persons who came home, in all and broken down",
			description = "Counts the records of one source (default: the primary source) of the days from..asOf, "
					+ "or the `days` days ending with asOf, as known at knownAt (default: now).")
	FiguresResponse figures(
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) Integer days,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) String source,
			@RequestParam(required = false) String category,
			@RequestParam(required = false) Instant knownAt,
			@RequestParam(required = false, defaultValue = "category") List<String> by) {
		String code = source == null ? sources.primary().code() : sources.require(source).code();
		if (days != null && from != null) {
			throw ProblemException.invalid("from", from, "give either days or from, not both.");
		}
		if (days != null && (days < 1 || days > MAX_DAYS)) {
			throw ProblemException.invalid("days", days, "must be between 1 and " + MAX_DAYS + ".");
		}
		if (from != null && from.isAfter(asOf)) {
			throw ProblemException.invalid("from", from, "must not be after asOf.");
		}
		ReturnCategory only = category == null ? null : ReturnCategory.parse(category).orElseThrow(
				() -> ProblemException.invalid("category", category, "must be idp_returnee or refugee_returnee."));
		Instant known = knownAt == null ? clock.instant() : knownAt;
		LocalDate start = days != null ? asOf.minusDays(days - 1L) : from;
		FigureQuery query = new FigureQuery(code, start, asOf, only, known);
		Map<String, Map<String, Long>> breakdowns = new LinkedHashMap<>();
		for (String name : by) {
			Breakdown breakdown = Breakdown.parse(name).orElseThrow(() -> ProblemException.invalid("by", name,
					"must be one of category, day, week, sex, age_band, origin_country, entry_point, origin_governorate, "
							+ "governorate, district, sub_district, community."));
			breakdowns.put(breakdown.apiName(), figures.by(breakdown, query));
		}
		return new FiguresResponse(code, start, asOf, only == null ? null : only.apiName(), known,
				figures.persons(query), breakdowns);
	}

	@GetMapping("/figures/compare")
	@Operation(summary = "The same figures from every source side by side, discrepancies flagged",
			description = "A figure is discrepant when two or more sources report it and (highest - lowest) / highest "
					+ "exceeds the tolerance (default 0.05).")
	SourceComparison compare(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "7") int days, @RequestParam(required = false) Instant knownAt,
			@RequestParam(defaultValue = "0.05") double tolerance,
			@RequestParam(required = false) List<String> sources) {
		if (days < 1 || days > MAX_DAYS) {
			throw ProblemException.invalid("days", days, "must be between 1 and " + MAX_DAYS + ".");
		}
		if (!(tolerance >= 0 && tolerance <= 1)) {
			throw ProblemException.invalid("tolerance", tolerance, "must be between 0 and 1.");
		}
		List<String> chosen = sources == null ? List.of()
				: sources.stream().map(code -> this.sources.require(code).code()).toList();
		return figures.compare(asOf, days, knownAt == null ? clock.instant() : knownAt, tolerance, chosen);
	}

	private List<ReturnVersion> versionsOf(String source, String id) {
		List<ReturnVersion> versions = ledger.readVersions(RecordKey.of(source, id));
		if (versions.isEmpty()) {
			throw ProblemException.notFound("Return record", source + "/" + id);
		}
		return versions;
	}

	/** Figures as the API publishes them: the total, and each breakdown asked for. */
	record FiguresResponse(String source, LocalDate from, LocalDate asOf, String category, Instant knownAt,
			long persons, Map<String, Map<String, Long>> by) {
	}
}
