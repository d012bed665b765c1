package org.homeward.exchange.internal;

import java.util.Iterator;
import java.util.List;

/**
 * A table read from an HXL-tagged file: the hashtag row (with its row number) and the data rows after it,
 * read lazily so a large file streams.
 */
interface HxlTable extends AutoCloseable {

	/** The hashtag row's cells as written, one per column ("" where a column has none). */
	List<String> hashtags();

	/** The row number of the hashtag row in the file (1 to 25: rows above it, such as titles and human headers, are no data). */
	long hashtagRow();

	/** Data rows, each with its row number as a spreadsheet shows it. */
	Iterator<Row> rows();

	@Override
	void close();

	/** One data row: its number in the file and its cells (there may be fewer cells than columns). */
	record Row(long number, List<String> cells) {

		String cell(int column) {
			return column < cells.size() ? cells.get(column) : null;
		}

		boolean isBlank() {
			return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
		}
	}
}
