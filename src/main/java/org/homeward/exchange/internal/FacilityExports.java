package org.homeward.exchange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

import org.homeward.geography.Place;
import org.homeward.geography.Places;
import org.homeward.reconstruction.Facilities;
import org.homeward.reconstruction.FacilityField;
import org.springframework.stereotype.Component;

/**
 * The facility status events that count for a source, with the hashtags of the exchange contract (section 2);
 * each facility's settlement is written at its own admin level, with the levels above it filled in.
 */
@Component
class FacilityExports {

	static final List<FacilityField> FIELDS = Arrays.stream(FacilityField.values())
		.filter(field -> field != FacilityField.VOID).toList();

	static final List<String> HEADERS = List.of("Event id", "Source", "Facility code", "Facility name", "Type",
			"Governorate", "District", "Sub-district", "Community", "Status", "Date");

	static final List<String> HASHTAGS = FIELDS.stream().map(Contracts.FACILITIES.hashtags()::get).toList();

	private final Facilities facilities;
	private final Places places;
	private final HxlWriter writer;

	FacilityExports(Facilities facilities, Places places, HxlWriter writer) {
		this.facilities = facilities;
		this.places = places;
		this.writer = writer;
	}

	void write(String format, String source, OutputStream out) throws IOException {
		facilities.checkWholeSource(source); // before the first byte: a refusal is still a problem answer
		HxlWriter.Rows rows = row -> facilities.forEachEvent(source, event -> row.accept(cells(event)));
		switch (format) {
			case "csv" -> writer.csv(HEADERS, HASHTAGS, rows, out);
			case "xlsx" -> writer.xlsx("facilities", HEADERS, HASHTAGS, rows, out);
			default -> writer.json(HASHTAGS, rows, out);
		}
	}

	/** event id, source, facility code, name, type, governorate, settlement, status, day. */
	private List<Object> cells(String[] event) {
		String[] levels = new String[4];
		Place settlement = places.require(event[6]);
		for (Place place : places.ancestors(settlement)) {
			place.kind().adminLevel().filter(level -> level >= 1).ifPresent(level -> levels[level - 1] = place.code());
		}
		settlement.kind().adminLevel().ifPresent(level -> levels[level - 1] = settlement.code());
		return Arrays.asList(event[0], event[1], event[2], event[3], event[4], levels[0], levels[1], levels[2],
				levels[3], event[7], event[8]);
	}
}
