package org.homeward.exchange.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.returns.ReturnField;
import org.homeward.returns.ReturnRowInput;
import org.homeward.web.InputError;
import org.homeward.web.InvalidInputException;

/**
 * The return counts columns of the exchange contract (section 1), found by hashtag in any order, and the mapping
 * of one table's columns onto them.
 */
final class ReturnColumns {

	/** Each field's hashtag as the contract writes it. */
	static final Map<ReturnField, String> CONTRACT;

	static {
		Map<ReturnField, String> contract = new EnumMap<>(ReturnField.class);
		contract.put(ReturnField.RECORD_ID, "#meta+id");
		contract.put(ReturnField.SOURCE, "#meta+source");
		contract.put(ReturnField.DAY, "#date");
		contract.put(ReturnField.CATEGORY, "#affected+type");
		contract.put(ReturnField.PERSONS, "#affected+returnees");
		contract.put(ReturnField.ADM1, "#adm1+code");
		contract.put(ReturnField.ADM2, "#adm2+code");
		contract.put(ReturnField.ADM3, "#adm3+code");
		contract.put(ReturnField.ADM4, "#adm4+code");
		contract.put(ReturnField.ORIGIN_COUNTRY, "#country+origin+code");
		contract.put(ReturnField.ORIGIN_ADM1, "#adm1+origin+code");
		contract.put(ReturnField.ENTRY_POINT, "#loc+entry+code");
		contract.put(ReturnField.FEMALE, "#affected+returnees+f");
		contract.put(ReturnField.MALE, "#affected+returnees+m");
		contract.put(ReturnField.AGE_0_4, "#affected+returnees+age0_4");
		contract.put(ReturnField.AGE_5_11, "#affected+returnees+age5_11");
		contract.put(ReturnField.AGE_12_17, "#affected+returnees+age12_17");
		contract.put(ReturnField.AGE_18_59, "#affected+returnees+age18_59");
		contract.put(ReturnField.AGE_60_PLUS, "#affected+returnees+age60plus");
		contract.put(ReturnField.HOUSEHOLDS, "#affected+returnees+hh");
		contract.put(ReturnField.VOID, "#meta+void");
		CONTRACT = Map.copyOf(contract);
	}

	private final Map<ReturnField, Integer> positions;
	private final Map<ReturnField, String> names;
	private final List<String> ignored;

	private ReturnColumns(Map<ReturnField, Integer> positions, Map<ReturnField, String> names, List<String> ignored) {
		this.positions = positions;
		this.names = names;
		this.ignored = ignored;
	}

	/** Maps a table's hashtag row; refuses a table that lacks a required column or has one twice. */
	static ReturnColumns of(HxlTable table) {
		Map<Hashtag, ReturnField> byHashtag = new HashMap<>();
		CONTRACT.forEach((field, hashtag) -> byHashtag.put(Hashtag.parse(hashtag), field));
		Map<ReturnField, Integer> positions = new EnumMap<>(ReturnField.class);
		Map<ReturnField, String> names = new EnumMap<>(ReturnField.class);
		List<String> ignored = new ArrayList<>();
		List<InputError> errors = new ArrayList<>();
		List<String> cells = table.hashtags();
		for (int column = 0; column < cells.size(); column++) {
			String written = cells.get(column) == null ? "" : cells.get(column).strip();
			if (written.isEmpty()) {
				continue;
			}
			Hashtag hashtag = Hashtag.parse(written);
			ReturnField field = hashtag == null ? null : byHashtag.get(hashtag);
			if (field == null) {
				ignored.add(written);
			}
			else if (positions.putIfAbsent(field, column) != null) {
				errors.add(new InputError(table.hashtagRow(), written, written,
						"This column appears twice (also column " + (positions.get(field) + 1) + ")."));
			}
			else {
				names.put(field, written);
			}
		}
		// A file of retractions may carry only ids, sources and #meta+void; any other row in it is refused row by row.
		boolean voidsOnly = positions.containsKey(ReturnField.VOID);
		for (ReturnField field : ReturnField.values()) {
			names.putIfAbsent(field, CONTRACT.get(field));
			boolean needed = field == ReturnField.RECORD_ID || field == ReturnField.SOURCE || !voidsOnly;
			if (field.required() && needed && !positions.containsKey(field)) {
				errors.add(new InputError(table.hashtagRow(), CONTRACT.get(field), null,
						"The required column " + CONTRACT.get(field) + " is missing."));
			}
		}
		if (!errors.isEmpty()) {
			throw InvalidInputException.of(errors);
		}
		return new ReturnColumns(positions, names, List.copyOf(ignored));
	}

	/** Each field's column as the file writes its hashtag (the contract's form for absent ones). */
	Map<ReturnField, String> names() {
		return names;
	}

	List<String> ignored() {
		return ignored;
	}

	ReturnRowInput input(HxlTable.Row row) {
		Map<ReturnField, String> values = new LinkedHashMap<>();
		positions.forEach((field, column) -> {
			String cell = row.cell(column);
			if (cell != null) {
				values.put(field, cell);
			}
		});
		return new ReturnRowInput(row.number(), values);
	}
}
