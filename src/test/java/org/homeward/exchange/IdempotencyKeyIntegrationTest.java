package org.homeward.exchange;

import java.util.ArrayList;
import java.util.List;

import org.homeward.support.AtOnce;
import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.HxlCsv;
import org.homeward.support.SourceOfItsOwn;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Credentials.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An Idempotency-Key belongs to the account that sent it, and to the file it was sent with. */
@HomewardIntegrationTest
class IdempotencyKeyIntegrationTest {

	private static final String FACILITY_HEADER = """
			Event,Source,Facility,Type,Governorate,Status,Date
			#meta+id,#meta+source,#loc+facility+code,#loc+facility+type,#adm1+code,#status,#date
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@SourceOfItsOwn("K")
	String source;
	String key;

	@BeforeEach
	void keyOfTheSource() {
		key = "crossing-" + source;
	}

	@Test
	void theSameKeySentByAnotherAccountAppliesThatAccountsFile() throws Exception {
		TestUsers.insert(jdbc, "officer-" + source, "officer-password-1", "COORDINATOR", null, null);
		long first = importId(mvc.perform(returns(returnsFile("a1", 10)).with(admin()).header("Idempotency-Key", key))
			.andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1)).andReturn().getResponse()
			.getContentAsString());
		long second = importId(mvc.perform(returns(returnsFile("b1", 20))
				.with(httpBasic("officer-" + source, "officer-password-1")).header("Idempotency-Key", key))
			.andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1)).andReturn().getResponse()
			.getContentAsString());
		assertThat(second).isNotEqualTo(first);
		assertThat(jdbc.sql("select record_id || ':' || persons from return_record where source_code = ? order by 1")
			.param(source).query(String.class).list()).containsExactly("a1:10", "b1:20");
	}

	@Test
	void theSameKeyWithAnotherFileIsRefusedAndWritesNothingOfIt() throws Exception {
		String first = mvc.perform(returns(returnsFile("a1", 10)).with(admin()).header("Idempotency-Key", key))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// a file that would itself be refused is refused for its key first, and so is a multipart upload
		for (AbstractMockHttpServletRequestBuilder<?> other : List.<AbstractMockHttpServletRequestBuilder<?>>of(returns(returnsFile("a1", 11)),
				returns(returnsFile("a2", -5)), multipart("/api/v1/imports/returns").file(new MockMultipartFile("file",
						"other.csv", "text/csv", returnsFile("a3", 7).getBytes(java.nio.charset.StandardCharsets.UTF_8))))) {
			mvc.perform(other.with(admin()).header("Idempotency-Key", key))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.code").value("idempotency-key-reused"))
				.andExpect(jsonPath("$.detail").value("This Idempotency-Key was sent with another file, applied as import "
						+ importId(first) + "; nothing of this file was written. Send a new file with a new key."));
		}
		mvc.perform(returns(returnsFile("a1", 10)).with(admin()).header("Idempotency-Key", key))
			.andExpect(status().isOk()).andExpect(jsonPath("$.importId").value(importId(first)))
			.andExpect(jsonPath("$.created").value(1));
		assertThat(jdbc.sql("select record_id || ':' || persons from return_record where source_code = ?")
			.param(source).query(String.class).list()).containsExactly("a1:10");
	}

	@Test
	void theSameKeyWithAnotherFacilityFileIsRefusedAndWritesNothingOfIt() throws Exception {
		mvc.perform(facilities(FACILITY_HEADER + "e1," + source + ",F1,school,SY03,damaged,2018-01-10\n").with(admin())
				.header("Idempotency-Key", key)).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
		mvc.perform(facilities(FACILITY_HEADER + "e2," + source + ",F2,school,SY03,damaged,2018-01-10\n").with(admin())
				.header("Idempotency-Key", key))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("idempotency-key-reused"));
		mvc.perform(facilities(FACILITY_HEADER + "e1," + source + ",F1,school,SY03,damaged,2018-01-10\n").with(admin())
				.header("Idempotency-Key", key)).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
		assertThat(jdbc.sql("select event_id from facility_event where source_code = ?").param(source)
			.query(String.class).list()).containsExactly("e1");
	}

	@Test
	void theSameKeyWhileTheFirstImportRunsIsAnsweredConflictAndImportsOnce() throws Exception {
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			rows.add("r" + i + "," + source + ",2018-10-20,idp_returnee,1,SY03,,,,,,");
		}
		String file = HxlCsv.returns(rows);
		List<Integer> statuses = AtOnce.statuses(mvc, List.of(
				returns(file).with(admin()).header("Idempotency-Key", key),
				returns(file).with(admin()).header("Idempotency-Key", key)));
		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		mvc.perform(returns(file).with(admin()).header("Idempotency-Key", key)).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(20_000));
		assertThat(jdbc.sql("select count(*) from return_import where idempotency_key = ?").param(key)
			.query(Long.class).single()).isEqualTo(1);
	}

	private String returnsFile(String id, int persons) {
		return HxlCsv.returns(id + "," + source + ",2018-10-20,idp_returnee," + persons + ",SY03,,,,,,");
	}

	private static MockHttpServletRequestBuilder returns(String csv) {
		return post("/api/v1/imports/returns").contentType("text/csv").content(csv);
	}

	private static MockHttpServletRequestBuilder facilities(String csv) {
		return post("/api/v1/imports/facilities").contentType("text/csv").content(csv);
	}

	private static long importId(String answer) {
		return Long.parseLong(answer.replaceAll(".*\"importId\":(\\d+).*", "$1"));
	}
}
