package org.homeward.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.homeward.support.HomewardIntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Credentials.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * A corpus of hostile and broken inputs sent to every import and API endpoint that takes input: truncated and
 * binary files, wrong encodings, a zip bomb, 10 MB cells, formula injection, script, SQL, huge numbers, spoofed
 * p-codes, path tricks. Each must be refused with a 4xx whose message names the problem, and write nothing. The
 * file corpus runs against all four imports (returns, facilities, registrations, stated figures); no answer names
 * a person of a registration file but by the value its own cell sent, and no log line names one at all.
 */
@HomewardIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class HostileInputIntegrationTest {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final List<String> RETURN_COLUMNS = List.of("#meta+id", "#meta+source", "#date", "#affected+type",
			"#affected+returnees", "#adm1+code", "#adm2+code", "#country+origin+code", "#loc+entry+code",
			"#affected+returnees+f", "#affected+returnees+m", "#affected+returnees+hh", "#meta+void");
	private static final List<String> RETURN_ROW = List.of("hostile-1", "JCHQ", "2018-10-01", "refugee_returnee", "5",
			"SY03", "SY0305", "LBN", "JDAYDET_YABOUS", "2", "3", "1", "");
	private static final List<String> FACILITY_COLUMNS = List.of("#meta+id", "#meta+source", "#loc+facility+code",
			"#loc+facility+type", "#adm1+code", "#adm2+code", "#status", "#date", "#meta+void");
	private static final List<String> FACILITY_ROW = List.of("hostile-e1", "JCHQ", "hostile-f1", "school", "SY03",
			"SY0305", "works_under_way", "2018-10-01", "");

	private static final List<String> REGISTRATION_COLUMNS = List.of("#meta+id", "#meta+source", "#household+id",
			"#indiv+relationship", "#indiv+name+given", "#indiv+name+father", "#indiv+name+grandfather",
			"#indiv+name+family", "#indiv+name+mother", "#indiv+sex", "#indiv+birth", "#indiv+id+national",
			"#affected+type", "#date+return", "#date+registered", "#adm1+code", "#adm2+code", "#country+origin+code",
			"#loc+entry+code", "#meta+void");
	private static final List<String> REGISTRATION_ROW = List.of("hostile-p1", "JCHQ", "hostile-h1", "head", "Nadezhda",
			"Karimov", "Yusufzai", "Haddadin", "Salwa Idrisi", "f", "1984-03", "01020304050", "refugee_returnee",
			"2018-10-01", "2018-10-02", "SY03", "SY0305", "LBN", "JDAYDET_YABOUS", "");
	/** What names the person of the registration row: no answer carries it but as the value its cell sent. */
	private static final List<String> PERSONAL = List.of("Nadezhda", "Karimov", "Yusufzai", "Haddadin", "Salwa Idrisi",
			"1984-03", "01020304050");
	private static final List<String> STATED_FIGURE_COLUMNS = List.of("#meta+id", "#meta+source", "#date",
			"#meta+period", "#affected+returnees", "#affected+type", "#country+origin+code", "#loc+entry+code",
			"#adm1+code", "#meta+url", "#meta+void");
	private static final List<String> STATED_FIGURE_ROW = List.of("hostile-s1", "JCHQ", "2018-10-01", "7d", "4200",
			"refugee_returnee", "LBN", "JDAYDET_YABOUS", "SY03", "https://example.org/hostile", "");

	/** Words within the hostile names below: no log line may hold one. */
	private static final List<String> HOSTILE_NAMES = List.of("Qamarunnisa", "Rustamova", "Zulaikha");

	/** Values no strictly typed cell accepts: formulas, script, SQL, numbers out of range, look-alike codes. */
	private static final List<String> HOSTILE_VALUES = List.of("=1+1", "=cmd|' /C calc'!A0", "+SUM(1;2)", "@SUM(A1)",
			"-2+3", "<script>alert(1)</script>", "'; drop table return_record; --", "1' or '1'='1",
			"99999999999999999999", "2147483648", "-1", "1e10", "NaN", "0x10", "nul\u0000byte", "SY02\u200B",
			"\u0421Y02", "../../etc/passwd", "%00", "\u202Egnp.exe");

	/** Cells whose every hostile value above is invalid, with their column in the template row. */
	private static final List<String> STRICT_RETURN_COLUMNS = List.of("#meta+source", "#date", "#affected+type",
			"#affected+returnees", "#adm1+code", "#adm2+code", "#country+origin+code", "#loc+entry+code",
			"#affected+returnees+f", "#affected+returnees+m", "#affected+returnees+hh", "#meta+void");
	private static final List<String> STRICT_FACILITY_COLUMNS = List.of("#meta+source", "#loc+facility+type",
			"#adm1+code", "#adm2+code", "#status", "#date", "#meta+void");
	private static final List<String> STRICT_REGISTRATION_COLUMNS = List.of("#meta+source", "#indiv+relationship",
			"#indiv+sex", "#indiv+birth", "#affected+type", "#date+return", "#date+registered", "#adm1+code",
			"#adm2+code", "#country+origin+code", "#loc+entry+code", "#meta+void");
	private static final List<String> STRICT_STATED_FIGURE_COLUMNS = List.of("#meta+source", "#date", "#meta+period",
			"#affected+returnees", "#affected+type", "#country+origin+code", "#loc+entry+code", "#adm1+code",
			"#meta+url", "#meta+void");

	/** An import the corpus is sent to: its path, its columns, a valid row, its strictly typed cells and its day. */
	record Ledger(String kind, List<String> columns, List<String> row, List<String> strictColumns, String dayColumn) {
	}

	private static final List<Ledger> LEDGERS = List.of(
			new Ledger("returns", RETURN_COLUMNS, RETURN_ROW, STRICT_RETURN_COLUMNS, "#date"),
			new Ledger("facilities", FACILITY_COLUMNS, FACILITY_ROW, STRICT_FACILITY_COLUMNS, "#date"),
			new Ledger("registrations", REGISTRATION_COLUMNS, REGISTRATION_ROW, STRICT_REGISTRATION_COLUMNS,
					"#date+return"),
			new Ledger("stated-figures", STATED_FIGURE_COLUMNS, STATED_FIGURE_ROW, STRICT_STATED_FIGURE_COLUMNS,
					"#date"));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private final ObjectMapper json = new ObjectMapper();

	/**
	 * One hostile request, what its answer must name, and the value it sent where that value may be a name: the
	 * answer may give it back to its sender, and no other name of the file.
	 */
	record Attack(String name, org.springframework.test.web.servlet.RequestBuilder request, String mentions,
			String sent) {

		Attack(String name, org.springframework.test.web.servlet.RequestBuilder request, String mentions) {
			this(name, request, mentions, null);
		}
	}

	@TestFactory
	Stream<DynamicTest> everyHostileInputIsRefusedWithAMessageAndWritesNothing(CapturedOutput log) throws IOException {
		List<Attack> corpus = corpus();
		assertThat(corpus).as("size of the corpus").hasSizeGreaterThanOrEqualTo(200);
		// runs last, when every attack has been answered: the log shows imports, never whom a file names
		DynamicTest nothingLoggedNamesAPerson = DynamicTest.dynamicTest("nothing logged names a person of a file",
				() -> {
					assertThat(log.getAll()).as("the log of the imports").contains("registrations import applied");
					for (String secret : Stream.concat(PERSONAL.stream(), HOSTILE_NAMES.stream()).toList()) {
						assertThat(log.getAll()).as("the log").doesNotContain(secret);
					}
				});
		return Stream.concat(corpus.stream().map(attack -> DynamicTest.dynamicTest(attack.name(), () -> refused(attack))),
				Stream.of(nothingLoggedNamesAPerson));
	}

	private void refused(Attack attack) throws Exception {
		long before = written();
		MvcResult result = mvc.perform(attack.request()).andReturn();
		int status = result.getResponse().getStatus();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(status).as("%s answered %s", attack.name(), abbreviated(body)).isBetween(400, 499);
		JsonNode problem = json.readTree(body);
		String detail = problem.path("detail").asString("");
		assertThat(detail).as("%s: the problem's detail", attack.name()).isNotBlank();
		for (JsonNode error : problem.path("errors")) {
			assertThat(error.path("message").asString("")).as("%s: a row error's message", attack.name()).isNotBlank();
		}
		if (attack.mentions() != null) {
			assertThat(body).as("%s names the problem", attack.name()).contains(attack.mentions());
		}
		assertThat(body.length()).as("%s: the answer stays small", attack.name()).isLessThan(200_000);
		String echoed = attack.sent() == null ? "" : attack.sent();
		for (String name : PERSONAL) {
			if (!echoed.contains(name)) {
				assertThat(body).as("%s: the answer names no one but as the value sent", attack.name())
					.doesNotContain(name);
			}
		}
		assertThat(written()).as("%s wrote nothing", attack.name()).isEqualTo(before);
	}

	private long written() {
		return jdbc.sql("""
				select (select count(*) from return_record) + (select count(*) from return_import)
				     + (select count(*) from facility_event) + (select count(*) from facility_import)
				     + (select count(*) from facility)
				     + (select count(*) from registration) + (select count(*) from registration_import)
				     + (select count(*) from stated_figure) + (select count(*) from stated_figure_import)
				""").query(Long.class).single();
	}

	private List<Attack> corpus() throws IOException {
		List<Attack> corpus = new ArrayList<>();
		// every hostile value in every strictly typed cell, for both imports
		for (Ledger ledger : LEDGERS) {
			for (String column : ledger.strictColumns()) {
				for (String value : HOSTILE_VALUES) {
					String file = csv(ledger.columns(), replaced(ledger.columns(), ledger.row(), column, value));
					corpus.add(new Attack(ledger.kind() + " " + column + " = " + printable(value),
							csvImport(ledger.kind(), file), column, value));
				}
			}
		}
		for (Ledger ledger : LEDGERS) {
			String kind = ledger.kind();
			List<String> columns = ledger.columns();
			List<String> row = ledger.row();
			String valid = csv(columns, row);
			byte[] validBytes = valid.getBytes(StandardCharsets.UTF_8);
			Random random = new Random(kind.hashCode());
			// broken files
			corpus.add(bytes(kind, "empty body", new byte[0], "text/csv", null));
			corpus.add(bytes(kind, "only a byte-order mark", new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
					"text/csv", null));
			corpus.add(bytes(kind, "headers without hashtags", "Id,Source\nr1,JCHQ\n".getBytes(StandardCharsets.UTF_8),
					"text/csv", "hashtag"));
			corpus.add(bytes(kind, "hashtags and no row", (String.join(",", columns) + "\n").getBytes(StandardCharsets.UTF_8),
					"text/csv", null));
			corpus.add(bytes(kind, "truncated in the hashtag row", cut(validBytes, valid.indexOf('#') + 5), "text/csv",
					null));
			corpus.add(bytes(kind, "a NUL byte in a free-text cell", valid.replace("hostile-", "hos\u0000tile-")
				.getBytes(StandardCharsets.UTF_8), "text/csv", "NUL"));
			corpus.add(bytes(kind, "truncated inside a quoted cell",
					(valid.strip() + "\n\"unfinished,cell").getBytes(StandardCharsets.UTF_8), "text/csv", null));
			corpus.add(bytes(kind, "truncated inside the date", cut(validBytes, valid.lastIndexOf("2018-10-01") + 6),
					"text/csv", null));
			for (int size : new int[] { 1, 17, 1_000, 100_000 }) {
				byte[] garbage = new byte[size];
				random.nextBytes(garbage);
				corpus.add(bytes(kind, "binary " + size + " bytes as CSV", garbage, "text/csv", null));
				corpus.add(bytes(kind, "binary " + size + " bytes as XLSX", garbage, XLSX, null));
			}
			corpus.add(bytes(kind, "a PNG image as CSV", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n',
					0, 0, 0, 13 }, "text/csv", null));
			corpus.add(bytes(kind, "a CSV sent as XLSX", validBytes, XLSX, null));
			corpus.add(bytes(kind, "an XLSX zip bomb", zipBomb(), XLSX, null));
			corpus.add(bytes(kind, "a zip that is no workbook", zipOf("readme.txt", "hello".getBytes()), XLSX, null));
			// encodings: UTF-16 without its byte order mark (with it, a spreadsheet's "Unicode text", it is read)
			for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
				corpus.add(bytes(kind, "UTF-16 " + charset.name(), valid.getBytes(charset), "text/csv", null));
			}
			corpus.add(bytes(kind, "Latin-1 bytes in a cell",
					valid.replace("JCHQ", "JCH\u00c9").getBytes(StandardCharsets.ISO_8859_1), "text/csv", "UTF-8"));
			corpus.add(bytes(kind, "Windows-1256 Arabic", valid.replace("hostile", "\u0639\u0648\u062f\u0629")
				.getBytes(Charset.forName("windows-1256")), "text/csv", "UTF-8"));
			// sizes
			corpus.add(bytes(kind, "a 10 MB cell", csv(columns, replaced(columns, row, "#meta+id", "x".repeat(10 << 20)))
				.getBytes(StandardCharsets.UTF_8), "text/csv", null));
			corpus.add(bytes(kind, "a 10 MB unterminated quote",
					(valid + "\"" + "y".repeat(10 << 20)).getBytes(StandardCharsets.UTF_8), "text/csv", null));
			corpus.add(bytes(kind, "20,000 columns", (String.join(",", columns) + ",#x".repeat(20_000) + "\n"
					+ String.join(",", row) + ",".repeat(20_000) + "\n").getBytes(StandardCharsets.UTF_8), "text/csv", null));
			corpus.add(bytes(kind, "an id of 101 characters", csv(columns, replaced(columns, row, "#meta+id", "i".repeat(101)))
				.getBytes(StandardCharsets.UTF_8), "text/csv", "#meta+id"));
			corpus.add(bytes(kind, "the same id twice", (valid + String.join(",", row) + "\n").getBytes(StandardCharsets.UTF_8),
					"text/csv", "already"));
			corpus.add(bytes(kind, "a void of an unknown record", csv(columns,
					replaced(columns, replaced(columns, row, "#meta+void", "true"), "#meta+id", "never-sent"))
				.getBytes(StandardCharsets.UTF_8), "text/csv", "never-sent"));
			// requests around the file
			corpus.add(new Attack(kind + ": JSON sent to an import", post("/api/v1/imports/" + kind).with(admin())
				.contentType(MediaType.APPLICATION_JSON).content("{\"rows\": []}"), null));
			corpus.add(new Attack(kind + ": Idempotency-Key of 201 characters", csvImport(kind, valid)
				.header("Idempotency-Key", "k".repeat(201)), "Idempotency-Key"));
			corpus.add(new Attack(kind + ": Idempotency-Key with a control character", csvImport(kind, valid)
				.header("Idempotency-Key", "key\u0007bell"), "Idempotency-Key"));
			for (String name : List.of("../../../../etc/passwd", "..\\..\\windows\\system32\\config", "/dev/zero",
					"file\u0000.csv", "n".repeat(301) + ".csv", "%2e%2e%2fetc%2fpasswd", "CON.csv", "\u202Ecsv.exe")) {
				corpus.add(new Attack(kind + ": multipart, broken file named " + printable(name), multipart(
						"/api/v1/imports/" + kind).file(new MockMultipartFile("file", name, "text/csv",
								"Id\nno hashtags\n".getBytes(StandardCharsets.UTF_8))).with(admin()), null));
			}
			corpus.add(new Attack(kind + ": file name over 300 characters", csvImport(kind, valid, "n".repeat(301)),
					"fileName"));
		}
		// records through the JSON API
		String record = """
				{"id":"hostile-json","source":"JCHQ","date":"2018-10-01","category":"idp_returnee","persons":"5","adm1":"SY03"}""";
		for (Map.Entry<String, String> body : Map.of("malformed", "{\"id\":", "an array", "[]", "null", "null",
				"a number", "12", "nested 100,000 deep", "[".repeat(100_000) + "]".repeat(100_000),
				"persons 1e400", record.replace("\"5\"", "1e400"), "persons as a formula", record.replace("\"5\"", "\"=1+1\""),
				"a 10 MB id", record.replace("hostile-json", "j".repeat(10 << 20)),
				"script in the source", record.replace("\"JCHQ\"", "\"<script>alert(1)</script>\""),
				"SQL in the category", record.replace("idp_returnee", "x'; delete from return_record; --")).entrySet()) {
			corpus.add(new Attack("POST /api/v1/returns: " + body.getKey(), post("/api/v1/returns").with(admin())
				.contentType(MediaType.APPLICATION_JSON).content(body.getValue()), null));
			corpus.add(new Attack("PUT /api/v1/returns: " + body.getKey(), put("/api/v1/returns/JCHQ/hostile-json")
				.with(admin()).contentType(MediaType.APPLICATION_JSON).content(body.getValue()), null));
		}
		corpus.add(new Attack("POST /api/v1/returns as text", post("/api/v1/returns").with(admin())
			.contentType(MediaType.TEXT_PLAIN).content(record), null));
		corpus.add(new Attack("void of an unknown record", delete("/api/v1/returns/JCHQ/never-sent").with(admin())
			.param("reason", "test"), null));
		corpus.add(new Attack("void without a reason", delete("/api/v1/returns/JCHQ/never-sent").with(admin()), null));
		corpus.add(new Attack("POST /api/v1/returns: a NUL in the reason", post("/api/v1/returns").with(admin())
			.contentType(MediaType.APPLICATION_JSON).content(record.replace("}", ",\"reason\":\"nul\\u0000byte\"}")),
				"reason"));
		corpus.add(new Attack("POST /api/v1/returns: a reason of 1,001 characters", post("/api/v1/returns")
			.with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content(record.replace("}", ",\"reason\":\"" + "r".repeat(1_001) + "\"}")), "at most 1000 characters"));
		for (Map.Entry<String, String> reason : Map.of("a NUL in the reason", "nul\u0000byte", "an escape in the reason",
				"\u001b[31mred", "a reason of 1,001 characters", "r".repeat(1_001)).entrySet()) {
			corpus.add(new Attack("DELETE /api/v1/facilities/events: " + reason.getKey(),
					delete("/api/v1/facilities/events/JCHQ/never-sent").with(admin()).param("reason", reason.getValue()),
					"reason"));
		}
		String event = """
				{"id":"hostile-json-e","source":"JCHQ","facility":"hf","type":"school","adm1":"SY03","status":"works_under_way","date":"2018-10-01"}""";
		for (Map.Entry<String, String> body : Map.of("malformed", "{", "type as script",
				event.replace("\"school\"", "\"<img src=x onerror=alert(1)>\""), "status as SQL",
				event.replace("works_under_way", "' or 1=1 --"), "a date in year 999999999",
				event.replace("2018-10-01", "999999999-01-01"), "a spoofed governorate",
				event.replace("\"SY03\"", "\"SY99\""), "a NUL in the name",
				event.replace("\"hf\",", "\"hf\",\"name\":\"nul\\u0000byte\",")).entrySet()) {
			corpus.add(new Attack("POST /api/v1/facilities/events: " + body.getKey(), post("/api/v1/facilities/events")
				.with(admin()).contentType(MediaType.APPLICATION_JSON).content(body.getValue()), null));
		}
		// figures and documents with hostile parameters
		Function<String, MockHttpServletRequestBuilder> briefing = query -> get("/api/v1/briefings?" + query);
		for (String query : List.of("asOf=2018-13-45", "asOf=%27%20or%201%3D1", "asOf=2018-10-22&days=0",
				"asOf=2018-10-22&days=-7", "asOf=2018-10-22&days=99999999999", "asOf=2018-10-22&days=abc",
				"asOf=2018-10-22&lang=%3Cscript%3E", "asOf=2018-10-22&source=%27%3B%20drop%20table%20source%3B--",
				"asOf=2018-10-22&knownAt=yesterday", "asOf=2018-10-22&format=exe", "asOf=-999999999-01-01",
				"asOf=+999999999-12-31")) {
			corpus.add(new Attack("GET /api/v1/briefings?" + query, briefing.apply(query), null));
		}
		for (String query : List.of("asOf=2018-10-22&by=%3Cscript%3E", "asOf=2018-10-22&category=refugee%27--",
				"asOf=2018-10-22&days=5&from=2018-10-01", "asOf=2018-10-22&source=NOPE")) {
			corpus.add(new Attack("GET /api/v1/returns/figures?" + query, get("/api/v1/returns/figures?" + query)
				.with(admin()), null));
		}
		corpus.add(new Attack("GET /api/v1/exports/returns of an unknown source",
				get("/api/v1/exports/returns?source=..%2F..%2Fetc").with(admin()), null));
		corpus.addAll(issue15AreaCorrections());
		corpus.addAll(issue15Dates());
		corpus.addAll(issue15Ids());
		corpus.addAll(issue15ControlsAndLeaks());
		corpus.addAll(registrations());
		return corpus;
	}

	private MockHttpServletRequestBuilder csvImport(String kind, String file) {
		return post("/api/v1/imports/" + kind).with(admin()).contentType("text/csv")
			.content(file.getBytes(StandardCharsets.UTF_8));
	}

	private MockHttpServletRequestBuilder csvImport(String kind, String file, String fileName) {
		return csvImport(kind, file).param("fileName", fileName);
	}

	private static Attack bytes(String kind, String name, byte[] body, String mediaType, String mentions) {
		return new Attack(kind + ": " + name, post("/api/v1/imports/" + kind).with(admin()).contentType(mediaType)
			.content(body), mentions);
	}

	private static List<String> replaced(List<String> columns, List<String> row, String column, String value) {
		List<String> cells = new ArrayList<>(row);
		cells.set(columns.indexOf(column), value);
		return cells;
	}

	private static String csv(List<String> columns, List<String> row) {
		StringBuilder file = new StringBuilder(String.join(",", columns.stream().map(c -> c.substring(1)).toList()))
			.append('\n').append(String.join(",", columns)).append('\n');
		List<String> cells = row.stream().map(cell -> cell.matches("[^,\"\\n\\r]*") ? cell
				: "\"" + cell.replace("\"", "\"\"") + "\"").toList();
		return file.append(String.join(",", cells)).append('\n').toString();
	}

	private static byte[] cut(byte[] bytes, int length) {
		return java.util.Arrays.copyOf(bytes, length);
	}

	/** A workbook whose sheet inflates from about 100 kB to 200 MB. */
	private static byte[] zipBomb() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("""
					<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"""
				.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] blanks = new byte[1 << 20];
			java.util.Arrays.fill(blanks, (byte) ' ');
			zip.write("<worksheet><sheetData>".getBytes(StandardCharsets.UTF_8));
			for (int i = 0; i < 200; i++) {
				zip.write(blanks);
			}
			zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
		}
		return out.toByteArray();
	}

	private static byte[] zipOf(String name, byte[] content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content);
		}
		return out.toByteArray();
	}

	private static String printable(String value) {
		String shown = value.length() > 40 ? value.substring(0, 40) + "… (" + value.length() + " characters)" : value;
		StringBuilder escaped = new StringBuilder();
		shown.codePoints().forEach(c -> escaped.append(Character.isISOControl(c) || (c >= 0x200B && c <= 0x202E)
				|| Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.SURROGATE
				|| c == 0xFFFE || c == 0xFFFF ? String.format("\\u%04X", c) : new String(Character.toChars(c))));
		return escaped.toString();
	}

	private static String abbreviated(String body) {
		return body.length() > 600 ? body.substring(0, 600) + "…" : body;
	}

	/**
	 * A data officer of SY02 correcting, voiding or reusing the id of an event or record that lies in SY03, as JSON
	 * and in a file: refused as outside their area (or as unknown, for a void), and nothing written.
	 */
	private List<Attack> issue15AreaCorrections() throws IOException {
		try {
			if (jdbc.sql("select count(*) from app_user where username = 'hostile-officer'").query(Long.class)
				.single() == 0) {
				org.homeward.support.TestUsers.insert(jdbc, "hostile-officer", "hostile-password-1", "DATA_OFFICER",
						"SY02", null);
				int event = mvc.perform(post("/api/v1/imports/facilities").with(admin()).contentType("text/csv")
					.content(csv(FACILITY_COLUMNS, List.of("issue15-e-sy03", "JCHQ", "issue15-f-sy03", "school", "SY03",
							"SY0305", "works_under_way", "2018-10-01", ""))))
					.andReturn().getResponse().getStatus();
				int record = mvc.perform(post("/api/v1/returns").with(admin()).contentType(MediaType.APPLICATION_JSON)
					.content("""
							{"id":"issue15-r-sy03","source":"JCHQ","date":"2018-10-01","category":"idp_returnee","persons":"5","adm1":"SY03"}"""))
					.andReturn().getResponse().getStatus();
				assertThat(List.of(event, record)).as("the event and record of another area").containsExactly(200, 201);
			}
		}
		catch (Exception e) {
			throw new IOException("the records of another area could not be set up", e);
		}
		var officer = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.httpBasic("hostile-officer", "hostile-password-1");
		String outside = "lies outside your area (SY02)";
		String event = """
				{"id":"issue15-e-sy03","source":"JCHQ","facility":"issue15-f-sy02","type":"school","adm1":"SY02","status":"in_operation","date":"2018-10-02","reason":"moved"}""";
		String record = """
				{"id":"issue15-r-sy03","source":"JCHQ","date":"2018-10-01","category":"idp_returnee","persons":"6","adm1":"SY02","reason":"mine"}""";
		List<String> returnColumns = List.of("#meta+id", "#meta+source", "#date", "#affected+type",
				"#affected+returnees", "#adm1+code", "#meta+void");
		List<Attack> attacks = new ArrayList<>();
		attacks.add(new Attack("officer: POST /api/v1/facilities/events correcting an event of another area",
				post("/api/v1/facilities/events").with(officer).contentType(MediaType.APPLICATION_JSON).content(event),
				outside));
		attacks.add(new Attack("officer: POST /api/v1/facilities/events naming a facility of another area",
				post("/api/v1/facilities/events").with(officer).contentType(MediaType.APPLICATION_JSON)
					.content(event.replace("issue15-e-sy03", "issue15-e-new").replace("issue15-f-sy02", "issue15-f-sy03")),
				outside));
		attacks.add(new Attack("officer: facilities CSV correcting an event of another area",
				post("/api/v1/imports/facilities").with(officer).contentType("text/csv").content(csv(FACILITY_COLUMNS,
						List.of("issue15-e-sy03", "JCHQ", "issue15-f-sy02", "school", "SY02", "SY0200", "in_operation",
								"2018-10-02", ""))), outside));
		attacks.add(new Attack("officer: facilities CSV voiding an event of another area",
				post("/api/v1/imports/facilities").with(officer).contentType("text/csv").content(csv(FACILITY_COLUMNS,
						List.of("issue15-e-sy03", "JCHQ", "", "", "", "", "", "", "true"))), "no status event"));
		attacks.add(new Attack("officer: DELETE /api/v1/facilities/events of another area",
				delete("/api/v1/facilities/events/JCHQ/issue15-e-sy03").with(officer).param("reason", "not ours"),
				"no status event"));
		attacks.add(new Attack("officer: POST /api/v1/returns with the id of a record of another area",
				post("/api/v1/returns").with(officer).contentType(MediaType.APPLICATION_JSON).content(record), outside));
		attacks.add(new Attack("officer: PUT /api/v1/returns of a record of another area",
				put("/api/v1/returns/JCHQ/issue15-r-sy03").with(officer).contentType(MediaType.APPLICATION_JSON)
					.content(record), "outside your area"));
		attacks.add(new Attack("officer: DELETE /api/v1/returns of a record of another area",
				delete("/api/v1/returns/JCHQ/issue15-r-sy03").with(officer).param("reason", "not ours"),
				"outside your area"));
		attacks.add(new Attack("officer: returns CSV correcting a record of another area",
				post("/api/v1/imports/returns").with(officer).contentType("text/csv").content(csv(returnColumns,
						List.of("issue15-r-sy03", "JCHQ", "2018-10-01", "idp_returnee", "6", "SY02", ""))), outside));
		attacks.add(new Attack("officer: returns CSV voiding a record of another area",
				post("/api/v1/imports/returns").with(officer).contentType("text/csv").content(csv(returnColumns,
						List.of("issue15-r-sy03", "JCHQ", "", "", "", "", "true"))), "no record with this id"));
		return attacks;
	}

	/**
	 * Days and numbers the ledgers cannot hold: extreme days and instants at every API door that takes one, year 0 in
	 * files and JSON, Excel's 29 February 1900, 1e999 and fractions where a column holds whole numbers, a briefing
	 * issued for a day to come, and the server's error path asked for directly.
	 */
	private List<Attack> issue15Dates() throws IOException {
		List<Attack> attacks = new ArrayList<>();
		java.util.function.BinaryOperator<String> aid = (day, quantity) -> "{\"deliveredOn\":\"" + day
				+ "\",\"place\":\"SY04\",\"what\":\"flour\",\"quantity\":" + quantity
				+ ",\"unit\":\"t\",\"deliveredBy\":\"SARC\",\"source\":\"OCHA\"}";
		for (String door : List.of("/api/v1/returns/figures?asOf=%s", "/api/v1/returns/figures?asOf=2018-10-22&from=%s",
				"/api/v1/returns/figures/compare?asOf=%s", "/api/v1/facilities/figures?asOf=%s",
				"/api/v1/briefings?asOf=%s&format=html", "/api/v1/exports/returns/figures?asOf=%s", "/api/v1/camps?asOf=%s",
				"/api/v1/legal-acts?from=%s", "/api/v1/legal-acts?to=%s", "/api/v1/aid-deliveries?from=%s&to=2018-10-22",
				"/api/v1/aid-deliveries?from=2018-10-01&to=%s")) {
			for (String day : List.of("-999999999-01-01", "0000-01-01", "%2B10000-01-01")) {
				attacks.add(new Attack("GET " + door.formatted(day), get(java.net.URI.create(door.formatted(day)))
					.with(admin()), "from 1900-01-01 to 9999-12-31"));
			}
		}
		for (String door : List.of("/api/v1/returns/figures?asOf=2018-10-22&knownAt=%s",
				"/api/v1/returns/figures/compare?asOf=2018-10-22&knownAt=%s",
				"/api/v1/facilities/figures?asOf=2018-10-22&knownAt=%s", "/api/v1/briefings?asOf=2018-10-22&knownAt=%s",
				"/api/v1/exports/returns?knownAt=%s", "/api/v1/exports/returns/figures?asOf=2018-10-22&knownAt=%s")) {
			for (String instant : List.of("-1000000000-01-01T00:00:00Z", "%2B1000000000-12-31T23:59:59Z")) {
				attacks.add(new Attack("GET " + door.formatted(instant), get(java.net.URI.create(door.formatted(instant)))
					.with(admin()), "knownAt"));
			}
		}
		attacks.add(new Attack("GET /error", get("/error"), null));
		attacks.add(new Attack("GET /error signed in", get("/error").with(admin()), null));
		attacks.add(new Attack("POST /api/v1/briefings/issued for 9999-12-31", post("/api/v1/briefings/issued")
			.with(admin()).param("asOf", "9999-12-31"), "after today"));
		// year 0 where records enter
		attacks.add(new Attack("returns #date = 0000-01-01", csvImport("returns",
				csv(RETURN_COLUMNS, replaced(RETURN_COLUMNS, RETURN_ROW, "#date", "0000-01-01"))), "1900-01-01"));
		attacks.add(new Attack("facilities #date = 0000-01-01", csvImport("facilities",
				csv(FACILITY_COLUMNS, replaced(FACILITY_COLUMNS, FACILITY_ROW, "#date", "0000-01-01"))), "1900-01-01"));
		attacks.add(new Attack("POST /api/v1/returns: a date in year 0", post("/api/v1/returns").with(admin())
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"id":"hostile-y0","source":"JCHQ","date":"0000-01-01","category":"idp_returnee","persons":5,"adm1":"SY03"}"""),
				"1900-01-01"));
		attacks.add(new Attack("POST /api/v1/facilities/events: a date in year 0", post("/api/v1/facilities/events")
			.with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
					{"id":"hostile-y0","source":"JCHQ","facility":"hf","type":"school","adm1":"SY03","status":"works_under_way","date":"0000-01-01"}"""),
				"1900-01-01"));
		for (String[] situation : new String[][] {
				{ "/api/v1/camps/RUKBAN/population", "{\"source\":\"UNHCR\",\"estimatedOn\":\"0000-01-01\",\"persons\":5}" },
				{ "/api/v1/camps/RUKBAN/access", "{\"source\":\"OCHA\",\"since\":\"0000-01-01\",\"status\":\"granted\"}" },
				{ "/api/v1/legal-acts", "{\"title\":\"Decree\",\"kind\":\"decree\",\"signedOn\":\"0000-01-01\",\"source\":\"JCHQ\"}" },
				{ "/api/v1/coordination-actions", "{\"kind\":\"meeting\",\"title\":\"M\",\"status\":\"planned\","
						+ "\"plannedOn\":\"0000-01-01\",\"source\":\"JCHQ\"}" },
				{ "/api/v1/aid-deliveries", aid.apply("0000-01-01", "1") } }) {
			attacks.add(new Attack("POST " + situation[0] + ": a day in year 0", post(situation[0]).with(admin())
				.contentType(MediaType.APPLICATION_JSON).content(situation[1]), "1900-01-01"));
		}
		// numbers the columns cannot hold
		for (String quantity : List.of("1e999", "-1e999", "0.001", "1000000000000", "\"1e999\"")) {
			attacks.add(new Attack("POST /api/v1/aid-deliveries: quantity " + quantity, post("/api/v1/aid-deliveries")
				.with(admin()).contentType(MediaType.APPLICATION_JSON).content(aid.apply("2018-10-20", quantity)), "quantity"));
		}
		attacks.add(new Attack("POST /api/v1/aid-deliveries: quantity NaN", post("/api/v1/aid-deliveries").with(admin())
			.contentType(MediaType.APPLICATION_JSON).content(aid.apply("2018-10-20", "NaN")), null));
		for (String persons : List.of("1e999", "2.5", "-1", "2147483648", "\"2.5\"")) {
			attacks.add(new Attack("POST /api/v1/camps/RUKBAN/population: persons " + persons,
					post("/api/v1/camps/RUKBAN/population").with(admin()).contentType(MediaType.APPLICATION_JSON)
						.content("{\"source\":\"UNHCR\",\"estimatedOn\":\"2018-09-01\",\"persons\":" + persons + "}"),
					"persons"));
		}
		// Excel's phantom 29 February 1900 (serial 60), in either import
		for (Ledger ledger : LEDGERS) {
			String kind = ledger.kind();
			List<String> columns = ledger.columns();
			List<String> row = ledger.row();
			try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
					ByteArrayOutputStream out = new ByteArrayOutputStream()) {
				org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet(kind);
				org.apache.poi.ss.usermodel.CellStyle date = workbook.createCellStyle();
				date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
				org.apache.poi.ss.usermodel.Row hashtags = sheet.createRow(0);
				org.apache.poi.ss.usermodel.Row data = sheet.createRow(1);
				for (int column = 0; column < columns.size(); column++) {
					hashtags.createCell(column).setCellValue(columns.get(column));
					if (columns.get(column).equals(ledger.dayColumn())) {
						data.createCell(column).setCellValue(60d);
						data.getCell(column).setCellStyle(date);
					}
					else if (!row.get(column).isEmpty()) {
						data.createCell(column).setCellValue(row.get(column));
					}
				}
				workbook.write(out);
				attacks.add(bytes(kind, "XLSX date serial 60", out.toByteArray(), XLSX, "29 February 1900"));
			}
		}
		return attacks;
	}

	/**
	 * Ids no link can name (a percent sign, a semicolon, a dot-dot part, invisible and lone-surrogate characters),
	 * refused at every door before anything is written; and an Idempotency-Key sent again with another file.
	 */
	private List<Attack> issue15Ids() throws IOException {
		List<Attack> attacks = new ArrayList<>();
		List<String> ids = List.of("50%", "%41", "a;b", "..", ".", "a/../b", "x/.", "id\u200B", "\u202Eid", "a\u00A0b",
				"a\u2028b", "a\u3000b", "a€b");
		for (String id : ids) {
			attacks.add(new Attack("issue 15: returns #meta+id = " + printable(id),
					csvImport("returns", csv(RETURN_COLUMNS, replaced(RETURN_COLUMNS, RETURN_ROW, "#meta+id", id))),
					"#meta+id"));
			for (String column : List.of("#meta+id", "#loc+facility+code")) {
				attacks.add(new Attack("issue 15: facilities " + column + " = " + printable(id), csvImport("facilities",
						csv(FACILITY_COLUMNS, replaced(FACILITY_COLUMNS, FACILITY_ROW, column, id))), column));
			}
		}
		for (String id : List.of("50%", "a;b", "a/../b")) {
			try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
					ByteArrayOutputStream out = new ByteArrayOutputStream()) {
				var sheet = workbook.createSheet();
				List<String> row = replaced(RETURN_COLUMNS, RETURN_ROW, "#meta+id", id);
				for (int r = 0; r < 3; r++) {
					var cells = sheet.createRow(r);
					for (int c = 0; c < RETURN_COLUMNS.size(); c++) {
						cells.createCell(c).setCellValue(r == 0 ? RETURN_COLUMNS.get(c).substring(1)
								: r == 1 ? RETURN_COLUMNS.get(c) : row.get(c));
					}
				}
				workbook.write(out);
				attacks.add(bytes("returns", "issue 15: XLSX #meta+id = " + id, out.toByteArray(), XLSX, "#meta+id"));
			}
		}
		String record = """
				{"id":"hostile-json","source":"JCHQ","date":"2018-10-01","category":"idp_returnee","persons":"5","adm1":"SY03"}""";
		String event = """
				{"id":"hostile-json-e","source":"JCHQ","facility":"hf","type":"school","adm1":"SY03","status":"works_under_way","date":"2018-10-01"}""";
		for (String id : List.of("50%", "a;b", "..", "a/../b", "\\ud800", "lone\\udc00", "\\u200b", "\\u202egnp")) {
			attacks.add(new Attack("issue 15: POST /api/v1/returns, id " + id, post("/api/v1/returns").with(admin())
				.contentType(MediaType.APPLICATION_JSON).content(record.replace("hostile-json", id)), "\"id\""));
			attacks.add(new Attack("issue 15: POST /api/v1/facilities/events, id " + id,
					post("/api/v1/facilities/events").with(admin()).contentType(MediaType.APPLICATION_JSON)
						.content(event.replace("hostile-json-e", id)), "\"id\""));
			attacks.add(new Attack("issue 15: POST /api/v1/facilities/events, facility " + id,
					post("/api/v1/facilities/events").with(admin()).contentType(MediaType.APPLICATION_JSON)
						.content(event.replace("\"hf\"", "\"" + id + "\"")), "\"facility\""));
		}
		attacks.add(new Attack("issue 15: void of an event whose id holds a semicolon",
				delete("/api/v1/facilities/events/JCHQ/a%3Bb").with(admin()).param("reason", "test"), null));
		// an Idempotency-Key already applied to one file, sent again with another
		for (Ledger ledger : LEDGERS) {
			String kind = ledger.kind();
			List<String> columns = ledger.columns();
			List<String> row = replaced(columns, ledger.row(), "#meta+id", "issue15-keyed");
			String key = "issue15-" + kind;
			try {
				var first = mvc.perform(csvImport(kind, csv(columns, row)).header("Idempotency-Key", key)).andReturn()
					.getResponse();
				assertThat(first.getStatus()).as("the first import under %s answered %s", key,
						first.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
			}
			catch (Exception e) {
				throw new IOException(e);
			}
			attacks.add(new Attack("issue 15: " + kind + ": an applied Idempotency-Key with another file",
					csvImport(kind, csv(columns, replaced(columns, row, "#meta+id", "issue15-other")))
						.header("Idempotency-Key", key), "idempotency-key-reused"));
			attacks.add(new Attack("issue 15: " + kind + ": an applied Idempotency-Key with a refused file",
					csvImport(kind, csv(columns, replaced(columns, row, ledger.dayColumn(), "2018-13-45")))
						.header("Idempotency-Key", key), "idempotency-key-reused"));
			attacks.add(new Attack("issue 15: " + kind + ": an applied Idempotency-Key with another file, multipart",
					multipart("/api/v1/imports/" + kind).file(new MockMultipartFile("file", "other.csv", "text/csv",
							csv(columns, replaced(columns, row, "#meta+id", "issue15-third"))
								.getBytes(StandardCharsets.UTF_8))).with(admin()).header("Idempotency-Key", key),
					"idempotency-key-reused"));
		}
		return attacks;
	}

	/**
	 * Control characters and what XML cannot carry in every free text of the situation and the sources registry
	 * (one in a legal act's title kept every PDF of its period from rendering), 10,000 unknown columns (they
	 * overflowed the import log and were answered as a race), and an XLSX whose rows repeat a row number (answered
	 * as a race too). {@link #written()} counts the ledgers only: that the situation and source attacks write
	 * nothing is checked in SituationIntegrationTest and SourceApiIntegrationTest.
	 */
	private List<Attack> issue15ControlsAndLeaks() {
		List<Attack> attacks = new ArrayList<>();
		String act = "{\"title\":\"Decree\",\"kind\":\"decree\",\"signedOn\":\"2018-10-09\",\"source\":\"JCHQ\"";
		String action = "{\"kind\":\"meeting\",\"title\":\"Meeting\",\"status\":\"planned\",\"source\":\"JCHQ\"";
		String aid = "{\"deliveredOn\":\"2018-10-20\",\"place\":\"SY03\",\"what\":\"flour\",\"quantity\":1,"
				+ "\"unit\":\"t\",\"deliveredBy\":\"SARC\",\"source\":\"OCHA\"";
		String event = "{\"id\":\"hostile-json-e\",\"source\":\"JCHQ\",\"facility\":\"hf\",\"type\":\"school\","
				+ "\"adm1\":\"SY03\",\"status\":\"works_under_way\",\"date\":\"2018-10-01\"";
		// each door, the field it names, and the body (JSON escapes: \\u0001 is sent as the six characters)
		List<List<String>> doors = List.of(
				List.of("/api/v1/camps/RUKBAN/population", "note", "{\"source\":\"UNHCR\",\"estimatedOn\":\"2018-09-01\","
						+ "\"persons\":5,\"note\":\"a\\u0001b\"}"),
				List.of("/api/v1/camps/RUKBAN/access", "reason", "{\"source\":\"OCHA\",\"since\":\"2018-08-01\","
						+ "\"status\":\"denied\",\"reason\":\"\\u001b[31mred\"}"),
				List.of("/api/v1/legal-acts", "title", act.replace("\"Decree\"", "\"Decree \\u0001\\u2026\"") + "}"),
				List.of("/api/v1/legal-acts", "title", act.replace("\"Decree\"", "\"Decree \\uFFFF\"") + "}"),
				List.of("/api/v1/legal-acts", "title", act.replace("\"Decree\"", "\"Decree \\uD800\"") + "}"),
				List.of("/api/v1/legal-acts", "number", act + ",\"number\":\"18\\n19\"}"),
				List.of("/api/v1/legal-acts", "summary", act + ",\"summary\":\"nul\\u0000byte\"}"),
				List.of("/api/v1/coordination-actions", "title", action.replace("\"Meeting\"", "\"Meeting\\u0008\"") + "}"),
				List.of("/api/v1/coordination-actions", "participants", action + ",\"participants\":[\"Ministry\\u0001\"]}"),
				List.of("/api/v1/coordination-actions", "summary", action + ",\"summary\":\"\\u0007\"}"),
				List.of("/api/v1/aid-deliveries", "what", aid.replace("\"flour\"", "\"flour\\u0001\"") + "}"),
				List.of("/api/v1/aid-deliveries", "unit", aid.replace("\"t\"", "\"t\\u001f\"") + "}"),
				List.of("/api/v1/aid-deliveries", "deliveredBy", aid.replace("\"SARC\"", "\"SARC\\uFFFE\"") + "}"),
				List.of("/api/v1/sources", "name", "{\"code\":\"HOSTILECTRL\",\"name\":\"Relief\\u0001Agency\","
						+ "\"kind\":\"ngo\"}"),
				List.of("/api/v1/facilities/events", "name", event + ",\"name\":\"\\uFFFF\"}"),
				List.of("/api/v1/facilities/events", "name", event + ",\"name\":\"\\uD800\"}"),
				List.of("/api/v1/facilities/events", "name", event + ",\"name\":\"two\\nlines\"}"));
		for (List<String> door : doors) {
			String body = door.get(2);
			attacks.add(new Attack("POST " + door.get(0) + ": " + door.get(1) + " " + body.substring(body.lastIndexOf(':')
					+ 1), post(door.get(0)).with(admin()).contentType(MediaType.APPLICATION_JSON).content(body),
					door.get(1)));
		}
		attacks.add(new Attack("DELETE /api/v1/facilities/events: U+FFFF in the reason",
				delete("/api/v1/facilities/events/JCHQ/never-sent").with(admin()).param("reason", "why\uFFFF"), "reason"));
		for (Ledger ledger : LEDGERS) {
			String kind = ledger.kind();
			List<String> columns = ledger.columns();
			List<String> row = ledger.row();
			StringBuilder unknown = new StringBuilder();
			for (int i = 1; i <= 10_000; i++) {
				unknown.append(",#x+unknown").append(i);
			}
			attacks.add(bytes(kind, "10,000 unknown columns", (String.join(",", columns) + unknown + "\n"
					+ String.join(",", row) + "\n").getBytes(StandardCharsets.UTF_8), "text/csv", "at most 1,000 columns"));
			byte[] workbook;
			try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
					ByteArrayOutputStream out = new ByteArrayOutputStream()) {
				org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet(kind);
				for (int r = 0; r < 3; r++) {
					List<String> cells = r == 0 ? columns : row;
					org.apache.poi.ss.usermodel.Row sheetRow = sheet.createRow(r);
					for (int c = 0; c < cells.size(); c++) {
						sheetRow.createCell(c).setCellValue(cells.get(c));
					}
				}
				book.write(out);
				workbook = out.toByteArray();
			}
			catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
			// the third row written under the second's number, as no spreadsheet program writes it
			attacks.add(bytes(kind, "an XLSX whose rows repeat a row number", XlsxSheets.rewritten(workbook,
					xml -> xml.replace("<row r=\"3\"", "<row r=\"2\"").replaceAll("r=\"(?<column>[A-Z]+)3\"",
							"r=\"${column}2\"")), XLSX, "Row 2 comes again after row 2"));
		}
		return attacks;
	}

	/**
	 * What only a registration holds: names of 201 characters, control characters, line separators and direction
	 * overrides in a name, birth dates no calendar has or before 1900, a national id of 10,000 digits, household
	 * ids no link can name, a relationship written in Arabic, and a file that is one enormous cell. Each answer
	 * names the cell and gives back only the value it sent.
	 */
	private List<Attack> registrations() throws IOException {
		List<Attack> attacks = new ArrayList<>();
		List<String> names = List.of("#indiv+name+given", "#indiv+name+father", "#indiv+name+grandfather",
				"#indiv+name+family", "#indiv+name+mother");
		String tooLong = "Qamarunnisa" + "a".repeat(190);
		for (String column : names) {
			for (String name : List.of(tooLong, "Rustam\u0007ova", "Zulaikha\u202E")) {
				String value = name;
				attacks.add(registration(column + " = " + printable(value), column, value, column));
			}
		}
		for (String character : List.of("\u0000", "\u0001", "\u0007", "\u0008", "\t", "\n", "\r", "\u001b",
				"\u001f", "\u007f", "\u0085", "\u009b", "\u2028", "\u2029", "\u202A", "\u202B", "\u202C",
				"\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\uFFFF")) {
			String value = "Rustam" + character + "ova";
			// a NUL is refused where the file is read, before any cell is
			attacks.add(registration("#indiv+name+given = " + printable(value), "#indiv+name+given", value,
					character.equals("\u0000") ? "NUL" : "#indiv+name+given"));
		}
		// half of a surrogate pair has no UTF-8 form: only its three bytes as a careless encoder writes them
		String file = csv(REGISTRATION_COLUMNS, replaced(REGISTRATION_COLUMNS, REGISTRATION_ROW, "#indiv+name+given",
				"Rustam@ova"));
		ByteArrayOutputStream surrogate = new ByteArrayOutputStream();
		surrogate.writeBytes(file.substring(0, file.indexOf('@')).getBytes(StandardCharsets.UTF_8));
		surrogate.writeBytes(new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 });
		surrogate.writeBytes(file.substring(file.indexOf('@') + 1).getBytes(StandardCharsets.UTF_8));
		attacks.add(bytes("registrations", "#indiv+name+given = Rustam, U+D800 encoded, ova", surrogate.toByteArray(),
				"text/csv", "UTF-8"));
		attacks.add(registration("#indiv+id+national of 10,000 digits", "#indiv+id+national", "7".repeat(10_000),
				"#indiv+id+national"));
		attacks.add(registration("#indiv+id+national with a direction override", "#indiv+id+national",
				"0102\u202E0304", "#indiv+id+national"));
		for (String birth : List.of("0000-00-00", "0000", "0000-01", "1899-12-31", "1899-12", "1899", "2018-02-30",
				"2018-02-29", "2018-13", "2018-00", "2018-1-5", "+2018-01-01", "18-01-01", "1984-03-01T00:00",
				"\u0661\u0669\u0668\u0664", "9999-12-31", "99999")) {
			String value = birth;
			attacks.add(registration("#indiv+birth = " + printable(value), "#indiv+birth", value, "#indiv+birth"));
		}
		attacks.add(registration("#indiv+birth = 1899-12-31 names the first day", "#indiv+birth", "1899-12-31",
				"1900-01-01"));
		for (String household : List.of("h%2F1", "%2e%2e", "h/../1", "../h1", "h/.", "50%", "h;1", "h\u200B1",
				"\u202Eh1", "h\u00A01")) {
			String value = household;
			attacks.add(registration("#household+id = " + printable(value), "#household+id", value, "#household+id"));
		}
		attacks.add(registration("#household+id of 101 characters", "#household+id", "h".repeat(101),
				"at most 100 characters"));
		for (String relationship : List.of("\u0631\u0628 \u0627\u0644\u0623\u0633\u0631\u0629",
				"\u0632\u0648\u062c\u0629", "\u0627\u0628\u0646", "\uFF48\uFF45\uFF41\uFF44", "h\u0435ad",
				"head\u200B", "wife", "=\"head\"")) {
			String value = relationship;
			attacks.add(registration("#indiv+relationship = " + printable(value), "#indiv+relationship", value,
					"#indiv+relationship"));
		}
		// a household of two whose second member was born on a day no calendar has: neither is named back
		List<String> second = replaced(REGISTRATION_COLUMNS, replaced(REGISTRATION_COLUMNS, REGISTRATION_ROW,
				"#meta+id", "hostile-p2"), "#indiv+birth", "2018-02-30");
		attacks.add(new Attack("registrations: a household of two, the second born on 30 February",
				csvImport("registrations", csv(REGISTRATION_COLUMNS, REGISTRATION_ROW)
						+ String.join(",", second) + "\n"), "\"row\":4", "2018-02-30"));
		attacks.add(registration("no given name, the family name not named back", "#indiv+name+given", "",
				"The row needs this name"));
		// one enormous cell, alone in the file
		attacks.add(bytes("registrations", "a file of one 32 MB cell", "x".repeat(32 << 20)
			.getBytes(StandardCharsets.UTF_8), "text/csv", "hashtag"));
		attacks.add(bytes("registrations", "a file of one quoted 32 MB cell", ("\"" + "y".repeat(32 << 20) + "\"")
			.getBytes(StandardCharsets.UTF_8), "text/csv", null));
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			book.createSheet("registrations").createRow(0).createCell(0).setCellValue("z".repeat(32_767));
			book.write(out);
			attacks.add(bytes("registrations", "an XLSX of one cell of 32,767 characters", out.toByteArray(), XLSX,
					"hashtag"));
		}
		return attacks;
	}

	private Attack registration(String name, String column, String value, String mentions) {
		return new Attack("registrations: " + name, csvImport("registrations", csv(REGISTRATION_COLUMNS,
				replaced(REGISTRATION_COLUMNS, REGISTRATION_ROW, column, value))), mentions, value);
	}
}
