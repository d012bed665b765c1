package org.homeward.collect;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A data officer's browser client as the field runs it: ODK Web Forms, installed from the npm registry into
 * {@code target/web-forms-client} (once; later runs reuse it), and a small web server on loopback that serves the
 * client's page and passes {@code /openrosa/…} on to Homeward unchanged, so that page and server share one origin
 * as they do where Web Forms is hosted beside its server.
 */
final class FieldOffice implements AutoCloseable {

	static final Path CLIENT = Path.of("target", "web-forms-client");
	private static final String RESOURCES = "/web-forms-client/";
	private static final Duration INSTALL_TIME = Duration.ofMinutes(4);
	private static final Map<String, String> TYPES = Map.of(".html", "text/html; charset=utf-8", ".js",
			"text/javascript; charset=utf-8", ".mjs", "text/javascript; charset=utf-8", ".css", "text/css",
			".json", "application/json", ".svg", "image/svg+xml", ".png", "image/png", ".ico", "image/x-icon");
	/** What passes between the page and Homeward both ways: OpenRosa's headers, the body's type, the credentials. */
	private static final List<String> REQUEST_HEADERS = List.of("Authorization", "Content-Type", "X-OpenRosa-Version");
	private static final List<String> RESPONSE_HEADERS = List.of("Content-Type", "X-OpenRosa-Version",
			"X-OpenRosa-Accept-Content-Length", "WWW-Authenticate");

	private final HttpServer server;
	private final HttpClient homeward = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	private final URI homewardBase;

	private FieldOffice(URI homewardBase) throws IOException {
		this.homewardBase = homewardBase;
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", this::answer);
		server.start();
	}

	/** Installs the client where it is missing or its versions changed, and opens the office beside Homeward. */
	static FieldOffice beside(URI homewardBase) throws IOException, InterruptedException {
		install();
		return new FieldOffice(homewardBase);
	}

	/** Where the page is. */
	URI page() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
	}

	@Override
	public void close() {
		server.stop(0);
	}

	private static void install() throws IOException, InterruptedException {
		Files.createDirectories(CLIENT);
		for (String file : List.of("index.html", "host.js")) {
			copy(file, CLIENT.resolve(file));
		}
		Path wanted = CLIENT.resolve("package.json.wanted");
		copy("package.json", wanted);
		Path installed = CLIENT.resolve("package.json");
		if (Files.exists(installed) && Files.mismatch(wanted, installed) == -1
				&& Files.exists(CLIENT.resolve("node_modules/@getodk/web-forms/dist/index.js"))) {
			return;
		}
		Files.copy(wanted, installed, StandardCopyOption.REPLACE_EXISTING);
		Process npm;
		try {
			npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--no-package-lock",
					"--loglevel=error").directory(CLIENT.toFile()).redirectErrorStream(true)
				.redirectOutput(CLIENT.resolve("npm-install.log").toFile()).start();
		}
		catch (IOException e) {
			throw new IllegalStateException("ODK Web Forms is installed with npm, which is not on this machine "
					+ "(apt-get install nodejs npm; .ci/run installs it)", e);
		}
		if (!npm.waitFor(INSTALL_TIME.toSeconds(), TimeUnit.SECONDS)) {
			npm.destroyForcibly();
			throw new IllegalStateException("npm install of ODK Web Forms took over " + INSTALL_TIME);
		}
		if (npm.exitValue() != 0) {
			Files.delete(installed);
			throw new IllegalStateException("npm install of ODK Web Forms failed: "
					+ Files.readString(CLIENT.resolve("npm-install.log")));
		}
	}

	private static void copy(String resource, Path target) throws IOException {
		try (InputStream in = FieldOffice.class.getResourceAsStream(RESOURCES + resource)) {
			if (in == null) {
				throw new IllegalStateException("no test resource " + RESOURCES + resource);
			}
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private void answer(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getRawPath();
			if (path.startsWith("/openrosa/")) {
				relay(exchange);
			}
			else {
				serve(exchange, path.equals("/") ? "/index.html" : path);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void relay(HttpExchange exchange) throws IOException, InterruptedException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		HttpRequest.Builder request = HttpRequest.newBuilder(homewardBase.resolve(exchange.getRequestURI().getRawPath()))
			.timeout(Duration.ofSeconds(30))
			.method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(body));
		for (String header : REQUEST_HEADERS) {
			String value = exchange.getRequestHeaders().getFirst(header);
			if (value != null) {
				request.header(header, value);
			}
		}
		HttpResponse<byte[]> response = homeward.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		for (String header : RESPONSE_HEADERS) {
			response.headers().firstValue(header).ifPresent(value -> exchange.getResponseHeaders().set(header, value));
		}
		send(exchange, response.statusCode(), response.body());
	}

	private static void serve(HttpExchange exchange, String path) throws IOException {
		Path file = CLIENT.resolve(path.substring(1)).normalize();
		if (!file.startsWith(CLIENT) || !Files.isRegularFile(file)) {
			send(exchange, 404, "not here".getBytes(StandardCharsets.UTF_8));
			return;
		}
		String name = file.getFileName().toString();
		String type = TYPES.get(name.contains(".") ? name.substring(name.lastIndexOf('.')) : "");
		exchange.getResponseHeaders().set("Content-Type", type == null ? "application/octet-stream" : type);
		send(exchange, 200, Files.readAllBytes(file));
	}

	private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
		boolean empty = body.length == 0 || exchange.getRequestMethod().equals("HEAD");
		exchange.sendResponseHeaders(status, empty ? -1 : body.length);
		if (!empty) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}
}
