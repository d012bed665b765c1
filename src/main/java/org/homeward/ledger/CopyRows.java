package org.homeward.ledger;

/**
 * Rows for PostgreSQL's {@code COPY ... FROM STDIN (FORMAT csv)}, written field by field: text is quoted, a
 * null is an empty unquoted field (which an empty quoted one is not), and anything else is written as it prints.
 */
public final class CopyRows implements StagedValues {

	private final StringBuilder csv;
	private boolean rowStarted;
	private int rows;

	public CopyRows(int expectedRows) {
		this.csv = new StringBuilder(expectedRows * 160);
	}

	@Override
	public CopyRows text(String value) {
		separate();
		if (value != null) {
			csv.append('"').append(value.replace("\"", "\"\"")).append('"');
		}
		return this;
	}

	/** A number, a day (ISO 8601 prints as PostgreSQL reads it), or a boolean. */
	public CopyRows value(Object value) {
		separate();
		if (value != null) {
			csv.append(value);
		}
		return this;
	}

	@Override
	public CopyRows number(Integer value) {
		return value(value);
	}

	@Override
	public CopyRows day(java.time.LocalDate value) {
		return value(value);
	}

	public CopyRows endRow() {
		csv.append('\n');
		rowStarted = false;
		rows++;
		return this;
	}

	public int rows() {
		return rows;
	}

	String csv() {
		return csv.toString();
	}

	private void separate() {
		if (rowStarted) {
			csv.append(',');
		}
		rowStarted = true;
	}
}
