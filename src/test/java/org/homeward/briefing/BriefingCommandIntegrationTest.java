package org.homeward.briefing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.HxlCsv;
import org.homeward.support.TestSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Credentials.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@HomewardIntegrationTest
class BriefingCommandIntegrationTest {

	@Autowired
	BriefingCommand command;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void printsTheTextOrWritesTheJsonToAFile(@TempDir Path folder) throws Exception {
		TestSources.register(jdbc, "CLI");
		mvc.perform(post("/api/v1/imports/returns").with(admin()).contentType("text/csv")
			.content(HxlCsv.returns("c1,CLI,2018-10-20,refugee_returnee,2659,SY03,,LBN,,,,")))
			.andExpect(status().isOk());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = command.run(new BriefingCommand.Options(LocalDate.of(2018, 10, 22), 7, "cli", "en", "text", null),
				new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
		assertThat(exit).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("As of 22 October 2018, 2,659 citizens have returned "
				+ "to the country. 2,659 people have returned from abroad. Over the past week, 2,659 people have come "
				+ "back home. Those who returned from abroad in that time came from Lebanon.\n\nThese figures are provisional: they have not been approved yet.\n");
		Path file = folder.resolve("briefing.json");
		command.run(new BriefingCommand.Options(LocalDate.of(2018, 10, 22), 7, "CLI", "ru", "json", file), System.out,
				System.err);
		assertThat(Files.readString(file)).contains("\"total\":2659", "вернулись 2659 сирийских граждан",
				"\"approval\":{\"state\":\"provisional\",\"approvals\":[]}", "Это предварительные данные");
	}

	@Test
	void exitsWithTwoForAnUnknownSource() throws Exception {
		ByteArrayOutputStream error = new ByteArrayOutputStream();
		int exit = command.run(new BriefingCommand.Options(LocalDate.of(2018, 10, 22), 7, "NOBODY", "en", "text", null),
				System.out, new PrintStream(error, true, StandardCharsets.UTF_8));
		assertThat(exit).isEqualTo(2);
		assertThat(error.toString(StandardCharsets.UTF_8))
			.isEqualTo("homeward briefing: no source is registered with the code 'NOBODY'.\n");
	}
}
