package org.homeward.exchange.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.homeward.web.InputError;
import org.homeward.web.InvalidInputException;

/**
 * An HXL table in a UTF-8 CSV file (a byte-order mark is skipped), parsed as a stream. Text that is not UTF-8 or
 * not well-formed CSV is refused with the row where reading stopped.
 */
final class CsvHxlTable implements HxlTable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

	private final CSVParser parser;
	private final Iterator<CSVRecord> records;
	private final List<String> hashtags;
	private final long hashtagRow;
	private long lastRow;

	CsvHxlTable(InputStream in) {
		Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 65_536);
		try {
			skipByteOrderMark(reader);
			this.parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
		}
		catch (IOException e) {
			throw unreadable(e, 1);
		}
		this.records = parser.iterator();
		List<String> first = readRecord();
		if (first == null) {
			throw HxlFiles.noHashtagRow("The file is empty.");
		}
		if (HxlFiles.isHashtagRow(first)) {
			hashtags = first;
			hashtagRow = 1;
			return;
		}
		List<String> second = readRecord();
		if (second == null || !HxlFiles.isHashtagRow(second)) {
			throw HxlFiles.noHashtagRow("Neither row 1 nor row 2 holds HXL hashtags (such as #date, #adm1+code).");
		}
		hashtags = second;
		hashtagRow = 2;
	}

	@Override
	public List<String> hashtags() {
		return hashtags;
	}

	@Override
	public long hashtagRow() {
		return hashtagRow;
	}

	@Override
	public Iterator<Row> rows() {
		return new Iterator<>() {
			private List<String> upcoming = readRecord();

			@Override
			public boolean hasNext() {
				return upcoming != null;
			}

			@Override
			public Row next() {
				if (upcoming == null) {
					throw new NoSuchElementException();
				}
				Row row = new Row(lastRow, upcoming);
				upcoming = readRecord();
				return row;
			}
		};
	}

	@Override
	public void close() {
		try {
			parser.close();
		}
		catch (IOException e) {
			// the request body is closed by the container anyway
		}
	}

	private List<String> readRecord() {
		try {
			if (!records.hasNext()) {
				return null;
			}
			CSVRecord record = records.next();
			lastRow = record.getRecordNumber();
			List<String> cells = new ArrayList<>(record.size());
			for (String cell : record) {
				if (cell.indexOf('\u0000') >= 0) {
					// text databases refuse it, and no spreadsheet writes it: a sign of a binary or UTF-16 file
					String column = hashtags != null && cells.size() < hashtags.size() ? hashtags.get(cells.size()) : null;
					throw InvalidInputException.of(List.of(new InputError(lastRow, column, null,
							"This row holds a NUL character: the file is not UTF-8 text. Save it as CSV UTF-8, or "
									+ "send XLSX.")));
				}
				cells.add(cell);
			}
			return cells;
		}
		catch (UncheckedIOException e) {
			throw unreadable(e.getCause(), lastRow + 1);
		}
		catch (IllegalStateException e) {
			throw unreadable(e, lastRow + 1);
		}
	}

	private static void skipByteOrderMark(Reader reader) throws IOException {
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
	}

	private static InvalidInputException unreadable(Throwable cause, long row) {
		String message = cause instanceof CharacterCodingException
				? "The file is not UTF-8 text: save it as CSV UTF-8, or send XLSX."
				: "The file is not well-formed CSV here (" + cause.getMessage() + ").";
		return InvalidInputException.of(List.of(new InputError(row, null, null, message)));
	}
}
