package org.homeward.exchange.internal;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.BufferedInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
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
 * An HXL table in a UTF-8 CSV file (a byte-order mark is skipped), parsed as a stream. The cells are separated by
 * commas, semicolons (Excel in many locales) or tabs: the separator that splits the hashtag row into the most
 * hashtags is the file's. Text that is not UTF-8 or not well-formed CSV is refused with the row where reading stopped.
 */
final class CsvHxlTable implements HxlTable {

	private static final List<Character> SEPARATORS = List.of(',', ';', '\t');

	/** The characters of the file's start read once per separator: its first 25 rows, unless they are huge. */
	private static final int HEAD = 1 << 20;

	private final CSVParser parser;
	private final Iterator<CSVRecord> records;
	private final List<String> hashtags;
	private final long hashtagRow;
	private long lastRow;

	CsvHxlTable(InputStream in) {
		BufferedInputStream bytes = new BufferedInputStream(in, 65_536);
		BufferedReader reader;
		try {
			reader = new BufferedReader(new InputStreamReader(bytes, encoding(bytes).newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 65_536);
			skipByteOrderMark(reader);
			reader.mark(HEAD);
			char separator = separator(reader);
			reader.reset();
			this.parser = CSVParser.builder().setReader(reader).setFormat(format(separator)).get();
		}
		catch (IOException e) {
			throw unreadable(e, 1);
		}
		this.records = parser.iterator();
		List<String> row = readRecord();
		if (row == null) {
			throw HxlFiles.noHashtagRow("The file is empty.");
		}
		while (row != null && !HxlFiles.isHashtagRow(row) && lastRow < HxlFiles.HASHTAG_ROWS) {
			row = readRecord();
		}
		if (row == null || !HxlFiles.isHashtagRow(row)) {
			throw HxlFiles.noHashtagRow("Neither row 1 nor row 2 holds HXL hashtags (such as #date, #adm1+code), nor "
					+ "does any other of the first " + HxlFiles.HASHTAG_ROWS + " rows, with cells separated by commas, "
					+ "semicolons or tabs.");
		}
		hashtags = row;
		hashtagRow = lastRow;
	}

	private static CSVFormat format(char separator) {
		return CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
	}

	/**
	 * The separator whose hashtag row, among the first 25 rows, holds the most hashtags (a comma when none has one):
	 * each is tried on the file's start, read again from the reader's mark.
	 */
	private static char separator(BufferedReader reader) throws IOException {
		char best = SEPARATORS.get(0);
		int most = 0;
		for (char separator : SEPARATORS) {
			reader.reset();
			int hashtags = hashtagsInFirstRows(new Head(reader), separator);
			if (hashtags > most) {
				best = separator;
				most = hashtags;
			}
		}
		return best;
	}

	private static int hashtagsInFirstRows(Head head, char separator) throws IOException {
		long rows = 0;
		try (CSVParser first = CSVParser.builder().setReader(head).setFormat(format(separator)).get()) {
			for (CSVRecord record : first) {
				rows = record.getRecordNumber();
				int hashtags = HxlFiles.hashtags(record.toList());
				if (hashtags > 0 || rows >= HxlFiles.HASHTAG_ROWS) {
					return hashtags;
				}
			}
		}
		catch (UncheckedIOException | IllegalStateException notThisSeparator) {
			// not well-formed CSV when split so (a quote after a semicolon read as a comma file): no hashtag row
		}
		if (head.failure != null) {
			// not UTF-8 text: refused whatever the separator
			throw unreadable(head.failure, rows + 1);
		}
		return 0;
	}

	/** The start of the file, ending where the reader's mark would no longer reach; it keeps a decoding failure. */
	private static final class Head extends FilterReader {

		private int left = HEAD;
		private IOException failure;

		Head(Reader reader) {
			super(reader);
		}

		@Override
		public int read(char[] buffer, int offset, int length) {
			if (left == 0 || failure != null) {
				return -1;
			}
			try {
				int read = in.read(buffer, offset, Math.min(length, left));
				left -= Math.max(read, 0);
				return read;
			}
			catch (IOException e) {
				failure = e;
				return -1;
			}
		}

		@Override
		public int read() {
			char[] one = new char[1];
			return read(one, 0, 1) == -1 ? -1 : one[0];
		}

		@Override
		public void close() {
			// the file is read again from the mark
		}
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

	/**
	 * UTF-16 where the file starts with its byte order mark (a spreadsheet's "Unicode text"), else UTF-8; the mark
	 * itself is read as U+FEFF and skipped below.
	 */
	private static Charset encoding(BufferedInputStream bytes) throws IOException {
		bytes.mark(2);
		int first = bytes.read();
		int second = bytes.read();
		bytes.reset();
		if (first == 0xFF && second == 0xFE) {
			return StandardCharsets.UTF_16LE;
		}
		if (first == 0xFE && second == 0xFF) {
			return StandardCharsets.UTF_16BE;
		}
		return StandardCharsets.UTF_8;
	}

	private static void skipByteOrderMark(Reader reader) throws IOException {
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
	}

	private static InvalidInputException unreadable(Throwable cause, long row) {
		String message = cause instanceof CharacterCodingException
				? "The file is not UTF-8 text (nor UTF-16 with its byte order mark): save it as CSV UTF-8, or send XLSX."
				: "The file is not well-formed CSV here (" + cause.getMessage() + ").";
		return InvalidInputException.of(List.of(new InputError(row, null, null, message)));
	}
}
