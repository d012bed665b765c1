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
		if (mediaType != null && mediaType.startsWith(CSV)) {
			return false;
		}
		if (fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
			return true;
		}
		if (fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
			return false;
		}
		throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
				"Unsupported file type", "Send a CSV file (text/csv) or an XLSX workbook (" + XLSX + ").");
	}

	/** Every non-empty cell is a hashtag, and there is at least one. */
	static boolean isHashtagRow(List<String> cells) {
		boolean any = false;
		for (String cell : cells) {
			if (cell == null || cell.isBlank()) {
				continue;
			}
			if (!cell.strip().startsWith("#")) {
				return false;
			}
			any = true;
		}
		return any;
	}

	static InvalidInputException noHashtagRow(String why) {
		return InvalidInputException.of(List.of(new InputError(null, null, null,
				why + " An HXL file has human headers in row 1 and hashtags in row 2; data starts in row 3.")));
	}
}
