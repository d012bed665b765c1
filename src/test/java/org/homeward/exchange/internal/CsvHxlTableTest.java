package org.homeward.exchange.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.homeward.web.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a CSV file's separator and hashtag row are found. */
class CsvHxlTableTest {

	@Test
	void takesTheSeparatorThatSplitsTheHashtagRowIntoTheMostHashtags() {
		// the human headers hold commas, the hashtag row none: semicolons win
		try (CsvHxlTable table = table("Id, as given;Day, of return\n#meta+id;#date\nr1;2018-10-20\n")) {
			assertThat(table.hashtags()).containsExactly("#meta+id", "#date");
			assertThat(table.hashtagRow()).isEqualTo(2);
			assertThat(rows(table)).containsExactly(new HxlTable.Row(3, List.of("r1", "2018-10-20")));
		}
	}

	@Test
	void readsTabsAndKeepsCommasAndSemicolonsInCells() {
		try (CsvHxlTable table = table("#meta+id\t#description+notes\nr1\tone, two; three\n")) {
			assertThat(table.hashtags()).containsExactly("#meta+id", "#description+notes");
			assertThat(rows(table)).containsExactly(new HxlTable.Row(2, List.of("r1", "one, two; three")));
		}
	}

	@Test
	void countsEveryRowAboveTheHashtagRowBlankOnesToo() {
		try (CsvHxlTable table = table("Returns, October\n\nId;Day\n#meta+id;#date\n\nr1;2018-10-20\n")) {
			assertThat(table.hashtagRow()).isEqualTo(4);
			assertThat(rows(table)).containsExactly(new HxlTable.Row(5, List.of("")),
					new HxlTable.Row(6, List.of("r1", "2018-10-20")));
		}
	}

	@Test
	void takesARowWhereHalfTheCellsAreHashtagsAsLibhxlDoes() {
		try (CsvHxlTable table = table("Title\n#meta+id,Notes\nr1,first\n")) {
			assertThat(table.hashtagRow()).isEqualTo(2);
			assertThat(table.hashtags()).containsExactly("#meta+id", "Notes");
		}
	}

	@Test
	void refusesAFileWhoseHashtagRowComesAfterRow25() {
		assertThatThrownBy(() -> table("x\n".repeat(25) + "#meta+id\nr1\n"))
			.isInstanceOf(InvalidInputException.class)
			.extracting(refused -> ((InvalidInputException) refused).errors().get(0).message())
			.isEqualTo("Neither row 1 nor row 2 holds HXL hashtags (such as #date, #adm1+code), nor does any other of "
					+ "the first 25 rows, with cells separated by commas, semicolons or tabs. An HXL file has a row of "
					+ "hashtags above its data, most often row 2, under the human headers.");
	}

	@Test
	void refusesTextThatIsNotUtf8BeforeTheHashtagRow() {
		byte[] latin1 = "Données\n#meta+id\nr1\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> new CsvHxlTable(new ByteArrayInputStream(latin1)))
			.isInstanceOf(InvalidInputException.class)
			.extracting(refused -> ((InvalidInputException) refused).errors().get(0).message())
			.isEqualTo("The file is not UTF-8 text (nor UTF-16 with its byte order mark): save it as CSV UTF-8, or send XLSX.");
	}

	private static CsvHxlTable table(String csv) {
		return new CsvHxlTable(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
	}

	private static List<HxlTable.Row> rows(HxlTable table) {
		List<HxlTable.Row> rows = new ArrayList<>();
		table.rows().forEachRemaining(rows::add);
		return rows;
	}
}
