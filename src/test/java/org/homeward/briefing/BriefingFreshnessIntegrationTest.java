package org.homeward.briefing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.MeterRegistry;
import org.homeward.support.AtOnce;
import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.Uploads;
import org.homeward.support.HxlCsv;
import org.homeward.support.TestSources;
import org.homeward.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.homeward.support.Credentials.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A briefing asked again is answered from what was computed until a ledger it reads changes: every kind of write
 * shows in the very next answer, and an answer that changes nothing keeps the answer as it was.
 */
@HomewardIntegrationTest
class BriefingFreshnessIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@Autowired
	TestClock clock;

	@Test
	void showsEveryWriteInTheNextAnswer() throws Exception {
		TestSources.register(jdbc, "FRESH");
		upload("/api/v1/imports/returns", HxlCsv.returns("r1,FRESH,2018-10-20,refugee_returnee,100,SY03,,LBN,,,,"));
		briefing().andExpect(jsonPath("$.returns.total").value(100))
			.andExpect(jsonPath("$.reconstruction.putIntoOperationInPeriod.school").doesNotExist());
		briefing().andExpect(jsonPath("$.returns.total").value(100));

		upload("/api/v1/imports/returns", HxlCsv.returns("r1,FRESH,2018-10-20,refugee_returnee,130,SY03,,LBN,,,,"));
		briefing().andExpect(jsonPath("$.returns.total").value(130));

		upload("/api/v1/imports/facilities", IssuedBriefingIntegrationTest.FACILITIES
				+ "f1,FRESH,S1,school,SY07,in_operation,2018-10-19\n");
		briefing().andExpect(jsonPath("$.reconstruction.putIntoOperationInPeriod.school").value(1));

		mvc.perform(post("/api/v1/legal-acts").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"number": "18", "title": "Decree on general amnesty", "kind": "amnesty", "signedOn": "2018-10-09",
				 "source": "FRESH"}""")).andExpect(status().isCreated());
		briefing().andExpect(jsonPath("$.situation.legalActs", hasSize(1)))
			.andExpect(jsonPath("$.returns.total").value(130));
	}

	@Test
	void answersEachLanguageInItsOwnWordsAndAtTheInstantItIsAsked() throws Exception {
		TestSources.register(jdbc, "WORDS");
		upload("/api/v1/imports/returns", HxlCsv.returns("w1,WORDS,2018-10-20,refugee_returnee,7,SY03,,LBN,,,,"));
		String english = read("en", "$.text");
		String russian = read("ru", "$.text");
		assertThat(read("en", "$.text")).isEqualTo(english);
		assertThat(russian).isNotEqualTo(english);
		assertThat(read("ru", "$.text")).isEqualTo(russian);
		Instant first = Instant.parse(read("en", "$.knownAt"));
		clock.advance(Duration.ofSeconds(1));
		assertThat(Instant.parse(read("en", "$.knownAt"))).isAfter(first);
	}

	/** Requests for the same new briefing at the same moment: one computes it, the others wait for its figures. */
	@Test
	void computesANewBriefingOnceForManyRequestsAtOnce() throws Exception {
		TestSources.register(jdbc, "CROWD");
		upload("/api/v1/imports/returns", HxlCsv.returns("c1,CROWD,2018-10-20,refugee_returnee,9,SY03,,LBN,,,,"));
		double before = meters.counter(Briefings.COMPUTED).count();
		List<MockHttpServletRequestBuilder> requests = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			requests.add(get("/api/v1/briefings").param("asOf", "2018-10-22").param("source", "CROWD"));
		}
		assertThat(AtOnce.statuses(mvc, requests)).containsOnly(200);
		assertThat(meters.counter(Briefings.COMPUTED).count() - before).isEqualTo(1.0);
		mvc.perform(get("/api/v1/briefings").param("asOf", "2018-10-22").param("source", "CROWD"))
			.andExpect(jsonPath("$.returns.total").value(9));
	}

	private String read(String language, String path) throws Exception {
		String answer = mvc.perform(get("/api/v1/briefings").param("asOf", "2018-10-22").param("source", "WORDS")
				.param("lang", language)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return JsonPath.read(answer, path);
	}

	private ResultActions briefing() throws Exception {
		return mvc.perform(get("/api/v1/briefings").param("asOf", "2018-10-22").param("source", "FRESH"))
			.andExpect(status().isOk());
	}

	private void upload(String path, String csv) throws Exception {
		Uploads.csv(mvc, path, csv);
	}
}
