package org.homeward;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The briefing command as {@code java -jar homeward.jar briefing} runs it: no web server, nothing but the text. */
class CommandLineTest {

	private final PrintStream standardOut = System.out;
	private final PrintStream standardError = System.err;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream error = new ByteArrayOutputStream();

	@BeforeEach
	void captureOutputOnADatabaseOfItsOwn() {
		System.setProperty("homeward.db.url",
				"jdbc:h2:mem:command-line;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(error, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restore() {
		System.setOut(standardOut);
		System.setErr(standardError);
		System.clearProperty("homeward.db.url");
	}

	@Test
	void printsOnlyTheBriefingWithoutStartingAWebServer() throws Exception {
		// A first start on an empty embedded database loads the demo data: the seed's briefing comes out.
		int exit = HomewardApplication.briefing(new String[] { "--as-of", "2018-10-22", "--format", "json" });
		assertThat(exit).as(error.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{\"asOf\":\"2018-10-22\",\"periodStart\":\"2018-10-16\"")
			.contains("\"total\":1490739", "\"inPeriod\":2659", "\"settlements\":289")
			.endsWith("}\n");
	}

	@Test
	void writesThePdfToAFile() throws Exception {
		Path pdf = Files.createTempFile("briefing", ".pdf");
		int exit = HomewardApplication.briefing(new String[] { "--as-of", "2018-10-22", "--lang", "ar", "--format",
				"pdf", "--out", pdf.toString() });
		assertThat(exit).as(error.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(Files.size(pdf)).isGreaterThan(100_000);
		assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
		Files.delete(pdf);
	}

	@Test
	void exitsWithTwoAndTheUsageForABadArgument() throws Exception {
		assertThat(HomewardApplication.briefing(new String[] { "--as-of", "tomorrow" })).isEqualTo(2);
		assertThat(error.toString(StandardCharsets.UTF_8)).startsWith(
				"homeward briefing: --as-of takes a day written YYYY-MM-DD, not 'tomorrow'.\nusage: java -jar homeward.jar");
		assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
	}
}
