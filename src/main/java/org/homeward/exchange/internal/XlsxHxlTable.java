package org.homeward.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import com.github.pjfanning.xlsx.StreamingReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Workbook;
import org.homeward.web.InputError;
import org.homeward.web.InvalidInputException;

/**
 * An HXL table in the first sheet of an XLSX workbook, streamed row by row, its hashtag row found in the first 25
 * rows. Dates typed as dates become {@code YYYY-MM-DD}; whole numbers lose the ".0" a spreadsheet stores; a formula
 * gives its computed value.
 */
final class XlsxHxlTable implements HxlTable {

	private final Workbook workbook;
	private final Iterator<org.apache.poi.ss.usermodel.Row> sheetRows;
	private final List<String> hashtags;
	private final long hashtagRow;

	XlsxHxlTable(InputStream in) {
		try {
			workbook = StreamingReader.builder().rowCacheSize(200).bufferSize(65_536).open(in);
		}
		catch (RuntimeException e) {
			throw InvalidInputException.of(List.of(new InputError(null, null, null,
					"The file is not a readable XLSX workbook (" + e.getClass().getSimpleName() + ").")));
		}
		if (workbook.getNumberOfSheets() == 0) {
			close();
			throw HxlFiles.noHashtagRow("The workbook has no sheet.");
		}
		try {
			sheetRows = workbook.getSheetAt(0).iterator();
		}
		catch (RuntimeException e) {
			close();
			// a workbook that lists a sheet it does not hold, or holds it broken
			throw InvalidInputException.of(List.of(new InputError(null, null, null,
					"The first sheet of the workbook cannot be read (" + e.getClass().getSimpleName() + ").")));
		}
		SheetRow row = nextRow();
		while (row != null && row.getRowNum() < HxlFiles.HASHTAG_ROWS && !HxlFiles.isHashtagRow(cells(row))) {
			row = nextRow();
		}
		if (row == null || row.getRowNum() >= HxlFiles.HASHTAG_ROWS) {
			close();
			throw HxlFiles.noHashtagRow("Neither row 1 nor row 2 of the first sheet holds HXL hashtags (such as #date, "
					+ "#adm1+code), nor does any other of its first " + HxlFiles.HASHTAG_ROWS + " rows.");
		}
		hashtags = cells(row);
		hashtagRow = row.getRowNum() + 1L;
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
	public Iterator<HxlTable.Row> rows() {
		return new Iterator<>() {
			private SheetRow upcoming = nextRow();

			@Override
			public boolean hasNext() {
				return upcoming != null;
			}

			private long previous = hashtagRow;

			@Override
			public HxlTable.Row next() {
				if (upcoming == null) {
					throw new NoSuchElementException();
				}
				long number = upcoming.getRowNum() + 1L;
				if (number <= previous) {
					// the ledger would stage two rows under one number; name the row rather than fail on the key
					throw InvalidInputException.of(List.of(new InputError(number, null, null, "Row " + number
							+ " comes again after row " + previous + ": a sheet lists each row once, in order.")));
				}
				previous = number;
				HxlTable.Row row = new HxlTable.Row(number, cells(upcoming));
				upcoming = nextRow();
				return row;
			}
		};
	}

	/** A row of the sheet as POI gives it (the name Row is HxlTable's). */
	private record SheetRow(org.apache.poi.ss.usermodel.Row row) {

		int getRowNum() {
			return row.getRowNum();
		}
	}

	@Override
	public void close() {
		try {
			workbook.close();
		}
		catch (IOException e) {
			// temporary files are removed by the reader; nothing else to release
		}
	}

	private SheetRow nextRow() {
		try {
			return sheetRows.hasNext() ? new SheetRow(sheetRows.next()) : null;
		}
		catch (RuntimeException e) {
			throw InvalidInputException.of(List.of(new InputError(null, null, null,
					"The first sheet could not be read to the end (" + e.getClass().getSimpleName() + ").")));
		}
	}

	private List<String> cells(SheetRow sheetRow) {
		org.apache.poi.ss.usermodel.Row row = sheetRow.row();
		List<String> cells = new ArrayList<>();
		for (Cell cell : row) {
			while (cells.size() < cell.getColumnIndex()) {
				cells.add(null);
			}
			cells.add(text(cell));
		}
		return cells;
	}

	private String text(Cell cell) {
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
			case NUMERIC -> number(cell);
			case BLANK -> null;
			default -> cell.getStringCellValue();
		};
	}

	private String number(Cell cell) {
		if (DateUtil.isCellDateFormatted(cell)) {
			// Excel counts a 29 February 1900 that never was (serial 60) and POI reads it as 1 March, as it reads 61
			boolean date1904 = workbook instanceof Date1904Support dates && dates.isDate1904();
			if (!date1904 && Math.floor(cell.getNumericCellValue()) == 60) {
				int column = cell.getColumnIndex();
				throw InvalidInputException.of(List.of(new InputError(cell.getRowIndex() + 1L,
						hashtags != null && column < hashtags.size() ? hashtags.get(column) : null, "1900-02-29",
						"Excel's 29 February 1900 does not exist (1900 was no leap year): give the day it stands for.")));
			}
			LocalDate day = cell.getLocalDateTimeCellValue().toLocalDate();
			return day.toString();
		}
		double value = cell.getNumericCellValue();
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return java.math.BigDecimal.valueOf(value).toPlainString();
	}
}
