package org.homeward.exchange.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.homeward.returns.Breakdown;
import org.homeward.returns.FigureQuery;
import org.homeward.returns.RecordFilter;
import org.homeward.returns.RecordOrder;
import org.homeward.sources.Sources;
import org.homeward.web.ProblemException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Downloads in the exchange formats, streamed so that a large ledger never sits in memory. */
@RestController
@RequestMapping("/api/v1/exports")
@Tag(name = "Exports", description = "The ledger as HXL CSV, XLSX or JSON, current or as known at an instant")
class ExportController {

	private final ReturnExports returns;
	private final FacilityExports facilities;
	private final FigureExports figures;
	private final Sources sources;
	private final Clock clock;

	ExportController(ReturnExports returns, FacilityExports facilities, FigureExports figures, Sources sources,
			Clock clock) {
		this.returns = returns;
		this.facilities = facilities;
		this.figures = figures;
		this.sources = sources;
		this.clock = clock;
	}

	@GetMapping("/returns")
	@Operation(summary = "The return records that count for a source (latest versions, or as known at knownAt)",
			description = "With from, to, category, place (a p-code or an entry point code), id or sort: the current"
					+ " records that filter finds, as the records page lists them (sort: day, persons, destination"
					+ " or id, with a leading - for descending; default -day).")
	void returns(@RequestParam(required = false) String source, @RequestParam(required = false) Instant knownAt,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String category, @RequestParam(required = false) String place,
			@RequestParam(required = false) String id, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
		String code = source == null ? sources.primary().code() : sources.require(source).code();
		if (Stream.of(from, to, category, place, id, sort).anyMatch(java.util.Objects::nonNull)) {
			if (knownAt != null) {
				throw ProblemException.invalid("knownAt", knownAt,
						"a filtered export holds the current records only; leave out knownAt or the filter.");
			}
			found(returns, RecordFilter.of(code, from, to, category, place, id, false, null), RecordOrder.parse(sort),
					format, response);
			return;
		}
		String name = "returns-" + code.toLowerCase(Locale.ROOT) + (knownAt == null ? "" : "-known-at-"
				+ knownAt.toString().replace(':', '-'));
		start(response, format, name);
		returns.write(format, code, knownAt, response.getOutputStream());
	}

	/** The records a filter finds for the current user, as a file: what the records page lists, every page of it. */
	static void found(ReturnExports returns, RecordFilter filter, RecordOrder order, String format,
			HttpServletResponse response) throws IOException {
		start(response, format, "returns-" + (filter.source() == null ? "import-" + filter.importId()
				: filter.source().toLowerCase(Locale.ROOT)) + "-selected");
		returns.write(format, filter, order, response.getOutputStream());
	}

	@GetMapping("/returns/figures")
	@Operation(summary = "Return figures by the breakdowns asked for, one row per key",
			description = "The days from..asOf, or the `days` days ending with asOf, or everything up to asOf.")
	void returnFigures(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) Integer days, @RequestParam(required = false) String source,
			@RequestParam(required = false) Instant knownAt,
			@RequestParam(required = false, defaultValue = "category") List<String> by,
			@RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
		String code = source == null ? sources.primary().code() : sources.require(source).code();
		if (days != null && (days < 1 || days > 3_660)) {
			throw ProblemException.invalid("days", days, "must be between 1 and 3660.");
		}
		List<Breakdown> breakdowns = by.stream().map(name -> Breakdown.parse(name).orElseThrow(
				() -> ProblemException.invalid("by", name, "is not a breakdown of the returns figures."))).toList();
		FigureQuery query = new FigureQuery(code, days == null ? null : asOf.minusDays(days - 1L), asOf, null,
				knownAt == null ? clock.instant() : knownAt);
		start(response, format, "return-figures-" + code.toLowerCase(Locale.ROOT) + "-" + asOf);
		figures.write(format, query, breakdowns, response.getOutputStream());
	}

	@GetMapping("/facilities")
	@Operation(summary = "The facility status events that count for a source (current versions)")
	void facilities(@RequestParam(required = false) String source, @RequestParam(defaultValue = "csv") String format,
			HttpServletResponse response) throws IOException {
		String code = source == null ? sources.primary().code() : sources.require(source).code();
		start(response, format, "facilities-" + code.toLowerCase(Locale.ROOT));
		facilities.write(format, code, response.getOutputStream());
	}

	private static void start(HttpServletResponse response, String format, String name) {
		String contentType = switch (format) {
			case "csv" -> HxlFiles.CSV + ";charset=UTF-8";
			case "xlsx" -> HxlFiles.XLSX;
			case "json" -> "application/json";
			default -> throw ProblemException.invalid("format", format, "must be csv, xlsx or json.");
		};
		response.setContentType(contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "." + format + "\"");
	}
}
