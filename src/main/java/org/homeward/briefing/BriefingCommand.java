package org.homeward.briefing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import org.homeward.briefing.internal.BriefingDocuments;
import org.homeward.briefing.internal.BriefingText;
import org.homeward.sources.Sources;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The briefing without the web UI, on the configured database:
 * {@code java -jar homeward.jar briefing --as-of 2018-10-22 [--days 7] [--source JCHQ] [--lang en|ru|ar]
 * [--format text|json|html|pdf] [--out FILE]}. The output goes to standard output unless {@code --out} names a file.
 */
@Component
public class BriefingCommand {

	public static final String NAME = "briefing";

	public static final String USAGE = "usage: java -jar homeward.jar briefing --as-of YYYY-MM-DD [--days 7] [--source CODE] "
			+ "[--lang en|ru|ar] [--format text|json|html|pdf] [--out FILE]";

	private final Briefings briefings;
	private final BriefingDocuments documents;
	private final Sources sources;
	private final ObjectMapper json;

	BriefingCommand(Briefings briefings, BriefingDocuments documents, Sources sources, ObjectMapper json) {
		this.briefings = briefings;
		this.documents = documents;
		this.sources = sources;
		this.json = json;
	}

	/** Writes the briefing; returns the process's exit code (0, or 2 for an unknown source). */
	public int run(Options options, PrintStream standardOut, PrintStream standardError) throws IOException {
		if (options.source() != null && sources.find(options.source()).isEmpty()) {
			standardError.println("homeward briefing: no source is registered with the code '" + options.source() + "'.");
			return 2;
		}
		String source = options.source() == null ? sources.primary().code() : sources.require(options.source()).code();
		byte[] output = switch (options.format()) {
			case "html", "pdf" -> {
				BriefingDocuments.Briefing document = documents.current(options.asOf(), options.days(), source, null,
						options.language());
				yield options.format().equals("pdf") ? documents.pdf(document)
						: documents.html(document, true).getBytes(StandardCharsets.UTF_8);
			}
			default -> {
				BriefingFigures briefing = briefings.briefing(options.asOf(), options.days(), source, null,
						options.language());
				String written = options.format().equals("json") ? json.writeValueAsString(briefing) : briefing.text();
				yield (written + "\n").getBytes(StandardCharsets.UTF_8);
			}
		};
		if (options.out() == null) {
			standardOut.write(output);
			standardOut.flush();
		}
		else {
			try (OutputStream file = Files.newOutputStream(options.out())) {
				file.write(output);
			}
		}
		return 0;
	}

	/** What the command was asked for. */
	public record Options(LocalDate asOf, int days, String source, String language, String format, Path out) {

		static final Set<String> LANGUAGES = Set.copyOf(BriefingText.LANGUAGES);
		static final Set<String> FORMATS = Set.of("text", "json", "html", "pdf");

		/** Reads the arguments after {@code briefing}; a bad one is an {@link IllegalArgumentException} saying why. */
		public static Options parse(List<String> arguments) {
			LocalDate asOf = null;
			int days = 7;
			String source = null;
			String language = "en";
			String format = "text";
			Path out = null;
			for (int i = 0; i < arguments.size(); i++) {
				String option = arguments.get(i);
				if (i + 1 >= arguments.size()) {
					throw new IllegalArgumentException(option + " needs a value.");
				}
				String value = arguments.get(++i);
				switch (option) {
					case "--as-of" -> asOf = day(value);
					case "--days" -> days = days(value);
					case "--source" -> source = value;
					case "--lang" -> language = oneOf("--lang", value, LANGUAGES);
					case "--format" -> format = oneOf("--format", value, FORMATS);
					case "--out" -> out = Path.of(value);
					default -> throw new IllegalArgumentException("unknown option " + option + ".");
				}
			}
			if (asOf == null) {
				throw new IllegalArgumentException("--as-of is required.");
			}
			return new Options(asOf, days, source, language, format, out);
		}

		private static LocalDate day(String value) {
			try {
				return LocalDate.parse(value);
			}
			catch (DateTimeParseException e) {
				throw new IllegalArgumentException("--as-of takes a day written YYYY-MM-DD, not '" + value + "'.");
			}
		}

		private static int days(String value) {
			try {
				int days = Integer.parseInt(value);
				if (days >= 1 && days <= 366) {
					return days;
				}
			}
			catch (NumberFormatException e) {
				// answered below
			}
			throw new IllegalArgumentException("--days takes a whole number from 1 to 366, not '" + value + "'.");
		}

		private static String oneOf(String option, String value, Set<String> allowed) {
			if (!allowed.contains(value)) {
				throw new IllegalArgumentException(option + " takes one of " + String.join(", ", allowed.stream().sorted()
					.toList()) + ", not '" + value + "'.");
			}
			return value;
		}
	}
}
