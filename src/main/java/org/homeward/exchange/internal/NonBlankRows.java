package org.homeward.exchange.internal;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** The data rows of a table as a module's input, skipping rows with no value at all (they keep their numbers). */
final class NonBlankRows<T> implements Iterator<T> {

	private final Iterator<HxlTable.Row> rows;
	private final Function<HxlTable.Row, T> input;
	private HxlTable.Row upcoming;

	NonBlankRows(Iterator<HxlTable.Row> rows, Function<HxlTable.Row, T> input) {
		this.rows = rows;
		this.input = input;
		advance();
	}

	@Override
	public boolean hasNext() {
		return upcoming != null;
	}

	@Override
	public T next() {
		if (upcoming == null) {
			throw new NoSuchElementException();
		}
		T next = input.apply(upcoming);
		advance();
		return next;
	}

	private void advance() {
		upcoming = null;
		while (rows.hasNext()) {
			HxlTable.Row row = rows.next();
			if (!row.isBlank()) {
				upcoming = row;
				return;
			}
		}
	}
}
