package org.homeward.exchange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.homeward.returns.ReturnCount;
import org.homeward.returns.ReturnField;
import org.homeward.returns.ReturnVersion;
import org.homeward.returns.ReturnsLedger;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes the records that count for a source in the exchange formats, streamed: HXL CSV and XLSX with the same
 * hashtags the import reads (an export can be sent back as it is), and JSON with each version's provenance.
 */
@Component
class ReturnExports {

	/** The exported fields, in column order; the void column is for imports only. */
	static final List<ReturnField> FIELDS = Arrays.stream(ReturnField.values())
		.filter(field -> field != ReturnField.VOID).toList();

	private static final List<String> HEADERS = List.of("Record id", "Source", "Date of return", "Category", "Persons",
			"Governorate", "District", "Sub-district", "Community", "Host country", "Governorate of displacement",
			"Entry point", "Female", "Male", "Age 0-4", "Age 5-11", "Age 12-17", "Age 18-59", "Age 60+", "Households");

	private final ReturnsLedger ledger;
	private final ObjectMapper json;

	ReturnExports(ReturnsLedger ledger, ObjectMapper json) {
		this.ledger = ledger;
		this.json = json;
	}

	void csv(String source, Instant knownAt, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
		csv.printRecord(HEADERS);
		csv.printRecord(FIELDS.stream().map(Contracts.RETURNS.hashtags()::get).toList());
		ledger.forEachRecord(source, knownAt, version -> {
			try {
				csv.printRecord(cells(version).stream().map(cell -> cell instanceof String text
						? SpreadsheetText.neutralise(text) : cell).toList());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
		csv.flush();
	}

	void xlsx(String source, Instant knownAt, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet("returns");
			write(sheet.createRow(0), new ArrayList<>(HEADERS));
			write(sheet.createRow(1), new ArrayList<>(FIELDS.stream().map(Contracts.RETURNS.hashtags()::get).toList()));
			int[] next = { 2 };
			ledger.forEachRecord(source, knownAt, version -> write(sheet.createRow(next[0]++), cells(version)));
			workbook.write(out);
			workbook.dispose();
		}
	}

	void json(String source, Instant knownAt, OutputStream out) {
		try (JsonGenerator generator = json.createGenerator(out)) {
			generator.writeStartArray();
			ledger.forEachRecord(source, knownAt, version -> {
				generator.writeStartObject();
				List<Object> cells = cells(version);
				for (int i = 0; i < FIELDS.size(); i++) {
					Object cell = cells.get(i);
					if (cell != null) {
						generator.writeName(Contracts.RETURNS.hashtags().get(FIELDS.get(i)));
						generator.writePOJO(cell);
					}
				}
				generator.writeNumberProperty("version", version.version());
				generator.writeStringProperty("recordedAt", version.recordedAt().toString());
				generator.writeStringProperty("recordedBy", version.recordedBy());
				generator.writeEndObject();
			});
			generator.writeEndArray();
		}
	}

	private static void write(Row row, List<Object> cells) {
		for (int column = 0; column < cells.size(); column++) {
			Object cell = cells.get(column);
			if (cell instanceof Integer number) {
				row.createCell(column).setCellValue(number);
			}
			else if (cell != null) {
				row.createCell(column).setCellValue(SpreadsheetText.neutralise(cell.toString()));
			}
		}
	}

	/** The cells of a record in {@link #FIELDS} order: text, or integers for counts. */
	private static List<Object> cells(ReturnVersion version) {
		ReturnCount count = version.content();
		ReturnCount.AgeBreakdown ages = count.ages();
		return Arrays.asList(version.recordId(), version.source(), count.day().toString(), count.category().apiName(),
				count.persons(), count.destination().adm1(), count.destination().adm2(), count.destination().adm3(),
				count.destination().adm4(), count.originCountry(), count.originAdm1(), count.entryPoint(), count.female(),
				count.male(), ages.age0to4(), ages.age5to11(), ages.age12to17(), ages.age18to59(), ages.age60plus(),
				count.households());
	}
}
