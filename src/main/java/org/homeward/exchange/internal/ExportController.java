package org.homeward.exchange.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.homeward.sources.Sources;
import org.homeward.web.ProblemException;
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
	private final Sources sources;

	ExportController(ReturnExports returns, FacilityExports facilities, Sources sources) {
		this.returns = returns;
		this.facilities = facilities;
		this.sources = sources;
	}

	@GetMapping("/returns")
	@Operation(summary = "The return records that count for a source (latest versions, or as known at knownAt)")
	void returns(@RequestParam(required = false) String source, @RequestParam(required = false) Instant knownAt,
			@RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
		String code = source == null ? sources.primary().code() : sources.require(source).code();
		String name = "returns-" + code.toLowerCase(Locale.ROOT) + (knownAt == null ? "" : "-known-at-"
				+ knownAt.toString().replace(':', '-'));
		start(response, format, name);
		returns.write(format, code, knownAt, response.getOutputStream());
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
