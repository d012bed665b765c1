package org.homeward.exchange.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.homeward.web.InputError;
import org.homeward.web.InvalidInputException;
import org.homeward.web.SpreadsheetText;

/**
 * The columns of one exchange contract found in a table by hashtag, in any order and attribute order: which
 * column holds each field, how the file writes its hashtag, and which columns were ignored.
 *
 * @param <F> the contract's fields
 */
final class HxlColumns<F extends Enum<F>> {

	/** A contract has 21 columns at most; a file with far more is not an exchange file but an attack on memory. */
	static final int MAX_COLUMNS = 1_000;

	/** The characters of the import log that name the ignored columns ({@code ignored_columns}), one per line. */
	static final int IGNORED_KEPT = 4_000;

	private final Map<F, Integer> positions;
	private final Map<F, String> names;
	private final List<String> ignored;

	private HxlColumns(Map<F, Integer> positions, Map<F, String> names, List<String> ignored) {
		this.positions = positions;
		this.names = names;
		this.ignored = ignored;
	}

	/**
	 * Maps a table's hashtag row onto a contract; refuses a table that lacks a required column or has one twice.
	 * A file with the void column may carry only the identifying columns: its other rows are refused one by one.
	 */
	static <F extends Enum<F>> HxlColumns<F> of(HxlTable table, Contract<F> contract) {
		Map<Hashtag, F> byHashtag = new HashMap<>();
		contract.hashtags().forEach((field, hashtag) -> byHashtag.put(Hashtag.parse(hashtag), field));
		Map<F, Integer> positions = new EnumMap<>(contract.type());
		Map<F, String> names = new EnumMap<>(contract.type());
		List<String> ignored = new ArrayList<>();
		List<InputError> errors = new ArrayList<>();
		List<String> cells = table.hashtags();
		// empty cells do not count: a spreadsheet program may save a wide range of blank columns
		long tagged = cells.stream().filter(cell -> cell != null && !cell.isBlank()).count();
		if (tagged > MAX_COLUMNS) {
			throw InvalidInputException.of(List.of(new InputError(table.hashtagRow(), null, null, String.format(
					Locale.ROOT, "A file has at most %,d columns; this one has %,d.", MAX_COLUMNS, tagged))));
		}
		for (int column = 0; column < cells.size(); column++) {
			String written = cells.get(column) == null ? "" : cells.get(column).strip();
			if (written.isEmpty()) {
				continue;
			}
			Hashtag hashtag = Hashtag.parse(written);
			F field = hashtag == null ? null : byHashtag.get(hashtag);
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
		boolean voidsOnly = positions.containsKey(contract.voidField());
		for (F field : contract.type().getEnumConstants()) {
			names.putIfAbsent(field, contract.hashtags().get(field));
			boolean needed = contract.identifying().contains(field) || !voidsOnly;
			if (contract.required().contains(field) && needed && !positions.containsKey(field)) {
				errors.add(new InputError(table.hashtagRow(), contract.hashtags().get(field), null,
						"The required column " + contract.hashtags().get(field) + " is missing."));
			}
		}
		if (!errors.isEmpty()) {
			throw InvalidInputException.of(errors);
		}
		return new HxlColumns<>(positions, names, kept(ignored));
	}

	/**
	 * The ignored columns as the answer names them and the import log keeps them: as many as fit in the log, then
	 * how many more there were; control characters (a line break in a quoted cell) shown as {@code ?}.
	 */
	static List<String> kept(List<String> ignored) {
		List<String> kept = new ArrayList<>();
		int length = 0;
		for (int i = 0; i < ignored.size(); i++) {
			String name = ignored.get(i).replaceAll("\\p{Cntrl}", "?");
			String more = String.format(Locale.ROOT, "… and %,d more", ignored.size() - i);
			boolean last = i == ignored.size() - 1;
			// room for this name, and for the line saying how many more follow unless it is the last
			if (length + name.length() + (last ? 0 : 1 + more.length()) > IGNORED_KEPT) {
				kept.add(more);
				break;
			}
			kept.add(name);
			length += name.length() + 1;
		}
		return List.copyOf(kept);
	}

	/** Each field's column as the file writes its hashtag (the contract's form for absent ones). */
	Map<F, String> names() {
		return names;
	}

	List<String> ignored() {
		return ignored;
	}

	/** The row's values by field, for the fields whose column has a cell in the row. */
	Map<F, String> values(HxlTable.Row row) {
		Map<F, String> values = new HashMap<>();
		positions.forEach((field, column) -> {
			String cell = row.cell(column);
			if (cell != null) {
				// a file Homeward exported imports unchanged: the apostrophes that kept formulas from running go
				values.put(field, SpreadsheetText.restore(cell));
			}
		});
		return values;
	}

	/**
	 * One exchange contract: each field's hashtag as the contract writes it, the required fields, those that
	 * identify a row (needed even in a file of voids) and the void field.
	 */
	record Contract<F extends Enum<F>>(Class<F> type, Map<F, String> hashtags, Set<F> required, Set<F> identifying,
			F voidField) {
	}
}
