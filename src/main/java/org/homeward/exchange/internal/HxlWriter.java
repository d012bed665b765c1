package org.homeward.exchange.internal;

import org.homeward.web.SpreadsheetText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes rows in the exchange formats, streamed: HXL CSV and XLSX (human headers, hashtags, data; text that a
 * spreadsheet would run as a formula neutralised) and JSON (one object per row, keyed by hashtag and by the names
 * of any extra cells).
 */
@Component
class HxlWriter {

	/** Produces the rows: calls the given consumer once per row, with integers for counts and text otherwise. */
	interface Rows extends Consumer<Consumer<List<Object>>> {
	}

	private final ObjectMapper json;

	HxlWriter(ObjectMapper json) {
		this.json = json;
	}

	void csv(List<String> headers, List<String> hashtags, Rows rows, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
		csv.printRecord(headers);
		csv.printRecord(hashtags);
		rows.accept(cells -> {
			try {
				csv.printRecord(cells.subList(0, hashtags.size()).stream()
					.map(cell -> cell instanceof String text ? SpreadsheetText.neutralise(text) : cell).toList());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
		csv.flush();
	}

	void xlsx(String sheetName, List<String> headers, List<String> hashtags, Rows rows, OutputStream out)
			throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet(sheetName);
			write(sheet.createRow(0), new ArrayList<>(headers));
			write(sheet.createRow(1), new ArrayList<>(hashtags));
			int[] next = { 2 };
			rows.accept(cells -> write(sheet.createRow(next[0]++), cells.subList(0, hashtags.size())));
			workbook.write(out);
			workbook.dispose();
		}
	}

	/** {@code names} names every cell of a row: the hashtags, then any extra cells such as provenance. */
	void json(List<String> names, Rows rows, OutputStream out) {
		try (JsonGenerator generator = json.createGenerator(out)) {
			generator.writeStartArray();
			rows.accept(cells -> {
				generator.writeStartObject();
				for (int i = 0; i < names.size(); i++) {
					if (cells.get(i) != null) {
						generator.writeName(names.get(i));
						generator.writePOJO(cells.get(i));
					}
				}
				generator.writeEndObject();
			});
			generator.writeEndArray();
		}
	}

	private static void write(Row row, List<Object> cells) {
		for (int column = 0; column < cells.size(); column++) {
			Object cell = cells.get(column);
			if (cell instanceof Number number) {
				row.createCell(column).setCellValue(number.doubleValue());
			}
			else if (cell != null) {
				row.createCell(column).setCellValue(SpreadsheetText.neutralise(cell.toString()));
			}
		}
	}
}
