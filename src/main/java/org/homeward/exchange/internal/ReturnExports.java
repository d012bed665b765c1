package org.homeward.exchange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.homeward.returns.RecordFilter;
import org.homeward.returns.RecordOrder;
import org.homeward.returns.ReturnCount;
import org.homeward.returns.ReturnField;
import org.homeward.returns.ReturnVersion;
import org.homeward.returns.ReturnsLedger;
import org.springframework.stereotype.Component;

/**
 * The records that count for a source in the exchange formats, with the hashtags the import reads (an export can
 * be sent back as it is); JSON adds each version's provenance.
 */
@Component
class ReturnExports {

	/** The exported fields, in column order; the void column is for imports only. */
	static final List<ReturnField> FIELDS = Arrays.stream(ReturnField.values())
		.filter(field -> field != ReturnField.VOID).toList();

	static final List<String> HEADERS = List.of("Record id", "Source", "Date of return", "Category", "Persons",
			"Governorate", "District", "Sub-district", "Community", "Host country", "Governorate of displacement",
			"Entry point", "Female", "Male", "Age 0-4", "Age 5-11", "Age 12-17", "Age 18-59", "Age 60+", "Households");

	static final List<String> HASHTAGS = FIELDS.stream().map(Contracts.RETURNS.hashtags()::get).toList();

	private final ReturnsLedger ledger;
	private final HxlWriter writer;

	ReturnExports(ReturnsLedger ledger, HxlWriter writer) {
		this.ledger = ledger;
		this.writer = writer;
	}

	void write(String format, String source, Instant knownAt, OutputStream out) throws IOException {
		ledger.checkWholeSource(source); // before the first byte: a refusal is still a problem answer
		write(format, row -> ledger.forEachRecord(source, knownAt, version -> row.accept(cells(version))), out);
	}

	/** The records a filter finds, in the order given: exactly those the list shows the current user, page by page. */
	void write(String format, RecordFilter filter, RecordOrder order, OutputStream out) throws IOException {
		write(format, row -> ledger.forEachFound(filter, order, version -> row.accept(cells(version))), out);
	}

	private void write(String format, HxlWriter.Rows rows, OutputStream out) throws IOException {
		switch (format) {
			case "csv" -> writer.csv(HEADERS, HASHTAGS, rows, out);
			case "xlsx" -> writer.xlsx("returns", HEADERS, HASHTAGS, rows, out);
			default -> {
				List<String> names = new ArrayList<>(HASHTAGS);
				names.addAll(List.of("version", "recordedAt", "recordedBy"));
				writer.json(names, rows, out);
			}
		}
	}

	/** The cells of a record in {@link #FIELDS} order (integers for counts), then its provenance. */
	private static List<Object> cells(ReturnVersion version) {
		ReturnCount count = version.content();
		ReturnCount.AgeBreakdown ages = count.ages();
		return Arrays.asList(version.recordId(), version.source(), count.day().toString(), count.category().apiName(),
				count.persons(), count.destination().adm1(), count.destination().adm2(), count.destination().adm3(),
				count.destination().adm4(), count.originCountry(), count.originAdm1(), count.entryPoint(), count.female(),
				count.male(), ages.age0to4(), ages.age5to11(), ages.age12to17(), ages.age18to59(), ages.age60plus(),
				count.households(), version.version(), version.recordedAt().toString(), version.recordedBy());
	}
}
