import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Phones at the crossings sending their counts to Homeward's OpenRosa server, as fast as each can, and the tally of
 * what Homeward acknowledged, for bench/collect.sh to hold against the ledger.
 * <ul>
 * <li>{@code devices BASE PASSWORD N FILE}: signs in as the administrator and, through the administration pages,
 * makes N data officers, one governorate each (SY01 to SY14 in turn), and a device key for each; writes one line per
 * device to FILE: its governorate and its OpenRosa URL.</li>
 * <li>{@code submit FILE SECONDS WARMUP RESEND DAYS OUT}: one thread per device of FILE, each one phone: it asks the
 * form list, downloads the returns form and checks the submission URL as ODK Collect does, then POSTs submissions of
 * {@code homeward_returns} one after the other (multipart {@code xml_submission_file}, {@code X-OpenRosa-Version},
 * {@code Date}), a new count each time of one of the last DAYS days, or with the share RESEND one it sent before,
 * byte for byte (a phone that did not hear the answer). The first WARMUP seconds are not measured. Writes to OUT {@code acknowledged.txt} (each
 * instanceID answered 201, and its persons), {@code uncertain.txt} (sent, answered neither 201 nor 202) and
 * {@code refused.txt} (the first answers that were neither).</li>
 * <li>{@code get URL CONNECTIONS SECONDS WARMUP}: the same loop with the same client, a GET of URL on each
 * connection: the ceiling the submissions are held against.</li>
 * </ul>
 * Prints its figures on one line: requests per second, p50, p99, and the answers by status (0: none came).
 */
public class Collect {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	private static final Pattern DEVICE_URL = Pattern.compile("id=\"new-device-url\">([^<]+)<");
	private static final Pattern FORM_VERSION = Pattern.compile("<data id=\"homeward_returns\" version=\"([^\"]+)\"");
	private static final String FORM = "homeward_returns";
	private static final String BOUNDARY = "----homeward-collect-bench";
	/** The last day counted: the counts fall on the days up to it, the days the other benchmarks' briefings ask. */
	private static final LocalDate LAST_DAY = LocalDate.of(2018, 10, 21);

	private static final String USER_AGENT = "Dalvik/2.1.0 (Linux; U; Android 13) org.odk.collect.android/v2024.3.0";

	/** For what a phone does once (the form list, the form); the submissions go over a {@link Connection} each. */
	private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10)).build();

	public static void main(String[] args) throws Exception {
		switch (args[0]) {
			case "devices" -> devices(URI.create(args[1]), args[2], Integer.parseInt(args[3]), Path.of(args[4]));
			case "submit" -> submit(Files.readAllLines(Path.of(args[1])), Integer.parseInt(args[2]),
					Integer.parseInt(args[3]), Double.parseDouble(args[4]), Integer.parseInt(args[5]), Path.of(args[6]));
			case "get" -> get(URI.create(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
					Integer.parseInt(args[4]));
			default -> throw new IllegalArgumentException("devices, submit or get, not " + args[0]);
		}
	}

	// --- devices ---------------------------------------------------------------------------------------------------

	private static void devices(URI base, String password, int count, Path file) throws Exception {
		HttpClient admin = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		String login = page(admin, base.resolve("/login"));
		HttpResponse<String> signedIn = admin.send(form(base.resolve("/login"), Map.of("username", "admin",
				"password", password, "_csrf", csrf(login))), HttpResponse.BodyHandlers.ofString());
		if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("the administrator could not sign in: " + signedIn.statusCode());
		}
		List<String> lines = new ArrayList<>();
		for (int n = 1; n <= count; n++) {
			String governorate = String.format("SY%02d", (n - 1) % 14 + 1);
			String username = String.format("crossing-%02d", n);
			HttpResponse<String> created = admin.send(form(base.resolve("/admin/users"), Map.of("username", username,
					"displayName", "Crossing officer " + n, "password", "one-time-password-" + n, "roles",
					"DATA_OFFICER", "area", governorate, "_csrf", csrf(page(admin, base.resolve("/admin/users"))))),
					HttpResponse.BodyHandlers.ofString());
			String location = created.headers().firstValue("Location").orElse("");
			Matcher id = Pattern.compile("/admin/users/(\\d+)").matcher(location);
			if (created.statusCode() != 302 || !id.find()) {
				throw new IllegalStateException("user " + username + " not created: " + created.statusCode() + " "
						+ created.body());
			}
			URI user = base.resolve("/admin/users/" + id.group(1));
			HttpResponse<String> issued = admin.send(form(URI.create(user + "/devices"), Map.of("name",
					"Crossing phone " + n, "_csrf", csrf(page(admin, user)))), HttpResponse.BodyHandlers.ofString());
			Matcher url = DEVICE_URL.matcher(issued.body());
			if (issued.statusCode() != 201 || !url.find()) {
				throw new IllegalStateException("no device key for " + username + ": " + issued.statusCode());
			}
			lines.add(governorate + " " + url.group(1));
		}
		Files.write(file, lines);
		System.out.println(count + " devices, one data officer each, of " + Math.min(count, 14) + " governorates");
	}

	private static String page(HttpClient client, URI uri) throws IOException, InterruptedException {
		HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
		if (page.statusCode() != 200) {
			throw new IllegalStateException(uri + " answered " + page.statusCode());
		}
		return page.body();
	}

	private static String csrf(String page) {
		Matcher token = CSRF.matcher(page);
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on the page");
		}
		return token.group(1);
	}

	private static HttpRequest form(URI uri, Map<String, String> fields) {
		String body = fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
				+ "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build();
	}

	// --- load ------------------------------------------------------------------------------------------------------

	/** What one thread saw; merged at the end. */
	static final class Tally {

		final Map<Integer, Long> statuses = new TreeMap<>();
		long[] latencies = new long[1 << 14];
		int measured;
		long resends;
		final List<String> resendsNotAccepted = new ArrayList<>();
		final List<String> acknowledged = new ArrayList<>();
		final List<String> uncertain = new ArrayList<>();
		final List<String> refused = new ArrayList<>();

		void count(Answer answer) {
			statuses.merge(answer.status(), 1L, Long::sum);
		}

		void latency(long nanos) {
			if (measured == latencies.length) {
				latencies = Arrays.copyOf(latencies, measured * 2);
			}
			latencies[measured++] = nanos;
		}
	}

	/** One submission as the phone keeps it: sent again, it is these bytes again. */
	record Sent(String instanceId, int persons, byte[] body) {
	}

	interface Request {
		/** Sends one request and tallies its answer; {@code measured} says whether its time counts. */
		void send(Tally tally, boolean measured);
	}

	private static void submit(List<String> devices, int seconds, int warmup, double resend, int days, Path out)
			throws Exception {
		List<Request> phones = new ArrayList<>();
		for (int n = 0; n < devices.size(); n++) {
			String[] device = devices.get(n).split(" ");
			phones.add(phone(n, device[0], URI.create(device[1]), resend, days));
		}
		Tally all = run(phones, seconds, warmup);
		Files.createDirectories(out);
		Files.write(out.resolve("acknowledged.txt"), all.acknowledged);
		Files.write(out.resolve("uncertain.txt"), all.uncertain);
		Files.write(out.resolve("refused.txt"), all.refused);
		System.out.println(figures(all, seconds) + "; " + all.acknowledged.size() + " instanceIDs acknowledged 201, "
				+ all.uncertain.size() + " unanswered, " + all.resends + " resent, of which not answered 202: "
				+ all.resendsNotAccepted.size() + (all.resendsNotAccepted.isEmpty() ? ""
						: " (" + String.join(", ", all.resendsNotAccepted.subList(0, Math.min(5, all.resendsNotAccepted.size()))) + ")"));
	}

	/** A phone of one governorate: fetches its form as ODK Collect does, then sends counts one after the other. */
	private static Request phone(int number, String governorate, URI server, double resend, int days)
			throws Exception {
		String version = null;
		for (String path : List.of("/formList", "/forms/" + FORM)) {
			HttpResponse<String> answer = CLIENT.send(openRosa(URI.create(server + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() != 200) {
				throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
			}
			Matcher found = FORM_VERSION.matcher(answer.body());
			if (found.find()) {
				version = found.group(1);
			}
		}
		if (version == null) {
			throw new IllegalStateException("the form " + FORM + " names no version");
		}
		HttpResponse<Void> check = CLIENT.send(openRosa(URI.create(server + "/submission"))
			.method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
		if (check.statusCode() != 204) {
			throw new IllegalStateException("HEAD of the submission URL answered " + check.statusCode());
		}
		Connection connection = new Connection(server);
		String path = server.getRawPath() + "/submission";
		String formVersion = version;
		Random random = new Random(number);
		List<Sent> sent = new ArrayList<>();
		return (tally, measured) -> {
			boolean again = !sent.isEmpty() && random.nextDouble() < resend;
			Sent submitted = again ? sent.get(random.nextInt(sent.size())) : count(random, governorate, days, formVersion);
			long start = System.nanoTime();
			Answer answer = connection.exchange("POST", path, "X-OpenRosa-Version: 1.0\r\nDate: "
					+ DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)) + "\r\nUser-Agent: "
					+ USER_AGENT + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n", submitted.body());
			if (measured) {
				tally.latency(System.nanoTime() - start);
			}
			tally.count(answer);
			if (again) {
				tally.resends++;
				if (answer.status() != 202) {
					tally.resendsNotAccepted.add(submitted.instanceId() + " " + answer.status());
				}
				return;
			}
			sent.add(submitted);
			if (answer.status() == 201) {
				tally.acknowledged.add(submitted.instanceId() + " " + submitted.persons());
			}
			else {
				tally.uncertain.add(submitted.instanceId() + " " + submitted.persons());
				if (tally.refused.size() < 20) {
					tally.refused.add(answer.status() + " " + submitted.instanceId() + " " + answer.body().replaceAll("\\s+", " "));
				}
			}
		};
	}

	/** A day's count of returnees at one place of the device's governorate, as the returns form fills it. */
	private static Sent count(Random random, String governorate, int days, String version) {
		String instanceId = "uuid:" + new UUID(random.nextLong(), random.nextLong());
		int persons = 1 + random.nextInt(300);
		int female = random.nextInt(persons + 1);
		String xml = "<?xml version='1.0' ?><data xmlns:jr=\"http://openrosa.org/javarosa\" "
				+ "xmlns:orx=\"http://openrosa.org/xforms\" id=\"" + FORM + "\" version=\"" + version + "\">"
				+ "<date>" + LAST_DAY.minusDays(random.nextInt(days)) + "</date><category>idp_returnee</category>"
				+ "<persons>" + persons + "</persons><adm1>" + governorate + "</adm1><adm2/><adm3/><adm4/>"
				+ "<origin_country/><origin_adm1/><entry/><female>" + female + "</female><male>" + (persons - female)
				+ "</male><households>" + Math.max(1, persons / 5) + "</households><meta><instanceID>" + instanceId
				+ "</instanceID></meta></data>";
		String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"xml_submission_file\"; "
				+ "filename=\"" + FORM + ".xml\"\r\nContent-Type: text/xml\r\n\r\n" + xml + "\r\n--" + BOUNDARY + "--\r\n";
		return new Sent(instanceId, persons, body.getBytes(StandardCharsets.UTF_8));
	}

	private static HttpRequest.Builder openRosa(URI uri) {
		return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("X-OpenRosa-Version", "1.0")
			.header("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)))
			.header("User-Agent", USER_AGENT);
	}

	private static void get(URI uri, int connections, int seconds, int warmup) throws Exception {
		List<Request> loops = new ArrayList<>();
		for (int n = 0; n < connections; n++) {
			Connection connection = new Connection(uri);
			loops.add((tally, measured) -> {
				long start = System.nanoTime();
				Answer answer = connection.exchange("GET", uri.getRawPath(), "", null);
				if (measured) {
					tally.latency(System.nanoTime() - start);
				}
				tally.count(answer);
			});
		}
		System.out.println(figures(run(loops, seconds, warmup), seconds));
	}

	/** An answer's status (0: none came, the connection failed) and body. */
	record Answer(int status, String body) {
	}

	/**
	 * One keep-alive connection, as a phone holds one, with HTTP/1.1 written and read by hand, so that the client
	 * costs the two cores little beside the server. A connection the server closes is opened again for the next
	 * request; a request whose answer does not come is not sent again (the phone would, later: that is a resend).
	 */
	static final class Connection {

		private final URI server;
		private Socket socket;
		private BufferedInputStream in;
		private OutputStream out;

		Connection(URI server) {
			this.server = server;
		}

		Answer exchange(String method, String path, String headers, byte[] body) {
			try {
				if (socket == null) {
					socket = new Socket(server.getHost(), server.getPort());
					socket.setTcpNoDelay(true);
					socket.setSoTimeout(60_000);
					in = new BufferedInputStream(socket.getInputStream(), 16_384);
					out = new BufferedOutputStream(socket.getOutputStream(), 16_384);
				}
				out.write((method + " " + path + " HTTP/1.1\r\nHost: " + server.getHost() + ":" + server.getPort()
						+ "\r\n" + headers + (body == null ? "" : "Content-Length: " + body.length + "\r\n") + "\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
				if (body != null) {
					out.write(body);
				}
				out.flush();
				String status = line();
				int length = -1;
				boolean chunked = false;
				boolean close = false;
				for (String header = line(); !header.isEmpty(); header = line()) {
					String name = header.substring(0, header.indexOf(':')).trim().toLowerCase(Locale.ROOT);
					String value = header.substring(header.indexOf(':') + 1).trim();
					switch (name) {
						case "content-length" -> length = Integer.parseInt(value);
						case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
						case "connection" -> close = value.equalsIgnoreCase("close");
						default -> { }
					}
				}
				ByteArrayOutputStream answer = new ByteArrayOutputStream();
				if (chunked) {
					for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
							size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
						answer.write(in.readNBytes(size));
						line();
					}
					while (!line().isEmpty()) {
						// trailers
					}
				}
				else if (length >= 0) {
					answer.write(in.readNBytes(length));
				}
				if (close) {
					close();
				}
				return new Answer(Integer.parseInt(status.split(" ")[1]), answer.toString(StandardCharsets.UTF_8));
			}
			catch (IOException | RuntimeException failed) {
				close();
				return new Answer(0, failed.toString());
			}
		}

		private String line() throws IOException {
			StringBuilder line = new StringBuilder();
			for (int c = in.read(); c != '\n'; c = in.read()) {
				if (c < 0) {
					throw new EOFException("the server closed the connection");
				}
				if (c != '\r') {
					line.append((char) c);
				}
			}
			return line.toString();
		}

		private void close() {
			try {
				if (socket != null) {
					socket.close();
				}
			}
			catch (IOException ignored) {
				// closed either way
			}
			socket = null;
		}
	}

	/** Every loop on its own thread for the warm-up and then the measured seconds; their tallies merged. */
	private static Tally run(List<Request> loops, int seconds, int warmup) throws InterruptedException {
		long measuredFrom = System.nanoTime() + warmup * 1_000_000_000L;
		long end = measuredFrom + seconds * 1_000_000_000L;
		List<Tally> tallies = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		for (Request loop : loops) {
			Tally tally = new Tally();
			tallies.add(tally);
			Thread thread = new Thread(() -> {
				long now;
				while ((now = System.nanoTime()) < end) {
					loop.send(tally, now >= measuredFrom);
				}
			});
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		Tally all = new Tally();
		for (Tally tally : tallies) {
			tally.statuses.forEach((status, n) -> all.statuses.merge(status, n, Long::sum));
			for (int i = 0; i < tally.measured; i++) {
				all.latency(tally.latencies[i]);
			}
			all.resends += tally.resends;
			all.resendsNotAccepted.addAll(tally.resendsNotAccepted);
			all.acknowledged.addAll(tally.acknowledged);
			all.uncertain.addAll(tally.uncertain);
			all.refused.addAll(tally.refused);
		}
		return all;
	}

	private static String figures(Tally all, int seconds) {
		long[] latencies = Arrays.copyOf(all.latencies, all.measured);
		Arrays.sort(latencies);
		double cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime() / 1e9;
		return String.format(Locale.ROOT, "%d requests in %d s measured, %.1f req/s, p50 %.2fms, p99 %.2fms; answers "
				+ "(all, warm-up included) %s; the client's CPU %.1f s", latencies.length, seconds,
				latencies.length / (double) seconds, percentile(latencies, 0.50), percentile(latencies, 0.99),
				all.statuses, cpu);
	}

	private static double percentile(long[] sorted, double share) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[Math.max(0, (int) Math.ceil(share * sorted.length) - 1)] / 1e6;
	}
}
