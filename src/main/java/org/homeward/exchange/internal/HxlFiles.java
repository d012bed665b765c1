package org.homeward.exchange.internal;

import java.io.InputStream;
import java.util.List;

import org.homeward.web.InputError;
import org.homeward.web.InvalidInputException;
import org.homeward.web.ProblemException;
import org.springframework.http.HttpStatus;

/** Opens HXL files by media type, and the rules they share. */
final class HxlFiles {

	static final String CSV = "text/csv";
	/** Tab-separated text, as spreadsheets save "Text (tab delimited)" and "Unicode text": read as CSV is. */
	static final String TSV = "text/tab-separated-values";
	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private HxlFiles() {
	}

	static HxlTable open(InputStream in, String mediaType, String fileName) {
		if (isXlsx(mediaType, fileName)) {
			return new XlsxHxlTable(in);
		}
		return new CsvHxlTable(in);
	}

	/** A multipart upload may say octet-stream: the file name decides then. */
	private static boolean isXlsx(String mediaType, String fileName) {
		if (mediaType != null && mediaType.startsWith(XLSX)) {
			return true;
		}
		if (mediaType != null && (mediaType.startsWith(CSV) || mediaType.startsWith(TSV))) {
			return false;
		}
		if (fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
			return true;
		}
		if (fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(csv|tsv|txt)")) {
			return false;
		}
		throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
				"Unsupported file type", "Send a CSV file (text/csv), tab-separated text (" + TSV + ") or an XLSX workbook (" + XLSX
						+ ").");
	}

	/** libhxl, the HXL standard's own library, looks for the hashtag row in the first 25 rows of a file. */
	static final int HASHTAG_ROWS = 25;

	/** A hashtag row, as libhxl finds it: at least half of its non-empty cells, and at least one, are hashtags. */
	static boolean isHashtagRow(List<String> cells) {
		return hashtags(cells) > 0;
	}

	/** How many well-formed hashtags a hashtag row holds; 0 for any other row. */
	static int hashtags(List<String> cells) {
		int nonEmpty = 0;
		int hashtags = 0;
		for (String cell : cells) {
			if (cell == null || cell.isBlank()) {
				continue;
			}
			nonEmpty++;
			if (Hashtag.parse(cell) != null) {
				hashtags++;
			}
		}
		return hashtags > 0 && 2 * hashtags >= nonEmpty ? hashtags : 0;
	}

	static InvalidInputException noHashtagRow(String why) {
		return InvalidInputException.of(List.of(new InputError(null, null, null, why + " An HXL file has a row of "
				+ "hashtags above its data, most often row 2, under the human headers.")));
	}
}
