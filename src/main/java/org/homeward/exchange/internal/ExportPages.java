package org.homeward.exchange.internal;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.homeward.returns.RecordFilter;
import org.homeward.returns.RecordOrder;
import org.homeward.sources.Sources;
import org.homeward.web.WebPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The download a page offers to the user signed in to it: the records the page lists with its filter and order,
 * through the export the API answers, kept to the user's source and area as the page is.
 */
@WebPage
class ExportPages {

	private final ReturnExports returns;
	private final Sources sources;

	ExportPages(ReturnExports returns, Sources sources) {
		this.returns = returns;
		this.sources = sources;
	}

	@GetMapping("/returns/export")
	void returns(@RequestParam(required = false) String source,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String category, @RequestParam(required = false) String place,
			@RequestParam(required = false) String id, @RequestParam(required = false) String sort,
			@RequestParam(name = "import", required = false) Long importId,
			@RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
		// the records of one import, as the records page lists them, are of every source unless one is chosen
		String code = source != null && !source.isBlank() ? sources.require(source).code()
				: importId == null ? sources.primary().code() : null;
		ExportController.found(returns, RecordFilter.of(code, from, to, category, place, id, false, importId),
				RecordOrder.parse(sort), format, response);
	}
}
