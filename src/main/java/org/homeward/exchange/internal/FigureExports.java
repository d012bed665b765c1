package org.homeward.exchange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

import org.homeward.returns.Breakdown;
import org.homeward.returns.FigureQuery;
import org.homeward.returns.ReturnFigures;
import org.springframework.stereotype.Component;

/**
 * Return figures in the exchange formats: one row per breakdown key, with the day, the period's first day, the
 * source and the instant of knowledge they were computed for, so a downloaded table says what it counts.
 */
@Component
class FigureExports {

	static final List<String> HEADERS = List.of("As of", "From", "Source", "Known at", "Breakdown", "Key", "Persons");
	static final List<String> HASHTAGS = List.of("#date+asof", "#date+start", "#meta+source", "#date+known",
			"#indicator+breakdown", "#meta+key", "#affected+returnees");

	private final ReturnFigures figures;
	private final HxlWriter writer;

	FigureExports(ReturnFigures figures, HxlWriter writer) {
		this.figures = figures;
		this.writer = writer;
	}

	void write(String format, FigureQuery query, List<Breakdown> breakdowns, OutputStream out) throws IOException {
		HxlWriter.Rows rows = row -> breakdowns.forEach(breakdown -> figures.by(breakdown, query)
			.forEach((key, persons) -> row.accept(Arrays.asList(query.to().toString(),
					query.from() == null ? null : query.from().toString(), query.source(), query.knownAt().toString(),
					breakdown.apiName(), key, persons))));
		switch (format) {
			case "csv" -> writer.csv(HEADERS, HASHTAGS, rows, out);
			case "xlsx" -> writer.xlsx("figures", HEADERS, HASHTAGS, rows, out);
			default -> writer.json(HASHTAGS, rows, out);
		}
	}
}
