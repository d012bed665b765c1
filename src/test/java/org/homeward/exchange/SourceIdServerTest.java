package org.homeward.exchange;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.homeward.support.TestDatabaseConfiguration;
import org.homeward.support.TestSources;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The server itself, not only the application behind it, lets a link name a record whose id holds a slash. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabaseConfiguration.class)
@Tag("database")
class SourceIdServerTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void readsARecordWhoseIdHoldsSlashesAndABackslashThroughItsLink() throws Exception {
		TestSources.register(jdbc, "SERVER");
		HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/api/v1/returns"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"id": "2018/10//001\\\\b", "source": "SERVER", "date": "2018-10-20", "category": "idp_returnee",
					 "persons": 5, "adm1": "SY03"}""")));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();
		assertThat(location).isEqualTo("/api/v1/returns/SERVER/2018%2F10%2F%2F001%5Cb");

		HttpResponse<String> read = send(HttpRequest.newBuilder(uri(location)).GET());
		assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
		assertThat(read.body()).contains("\"id\":\"2018/10//001\\\\b\"");
		HttpResponse<String> versions = send(HttpRequest.newBuilder(uri(location + "/versions")).GET());
		assertThat(versions.statusCode()).as(versions.body()).isEqualTo(200);
		// a dot-dot behind an encoded slash stays inside the id: no rule or route reads it as a step up
		HttpResponse<String> climbing = send(HttpRequest.newBuilder(uri("/api/v1/returns/SERVER/a%2F..%2F..%2Ffigures"))
			.GET());
		assertThat(climbing.statusCode()).as(climbing.body()).isEqualTo(404);
		assertThat(climbing.body()).contains("SERVER/a/../../figures");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		String credentials = Base64.getEncoder().encodeToString("admin:admin-test-password".getBytes(StandardCharsets.UTF_8));
		return http.send(request.header("Authorization", "Basic " + credentials).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}
}
