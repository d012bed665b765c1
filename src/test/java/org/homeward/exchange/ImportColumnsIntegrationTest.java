package org.homeward.exchange;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.TestSources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Credentials.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Columns no contract knows are ignored and named, as far as the import log has room; a file of thousands of
 * columns is a data error, answered as one (never as a race to send again).
 */
@HomewardIntegrationTest
class ImportColumnsIntegrationTest {

	private static final String RETURNS = "#meta+id,#meta+source,#date,#affected+type,#affected+returnees,#adm1+code";
	private static final String FACILITIES = "#meta+id,#meta+source,#loc+facility+code,#loc+facility+type,#adm1+code,"
			+ "#status,#date";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void refusesAFileOfMoreThanAThousandColumnsNamingTheHashtagRowInBothLedgers() throws Exception {
		long before = imports();
		String unknown = unknownColumns(10_000);
		mvc.perform(post("/api/v1/imports/returns").with(admin()).contentType("text/csv")
				.content(RETURNS + unknown + "\nw1,JCHQ,2018-10-20,idp_returnee,25,SY05\n"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(1))
			.andExpect(jsonPath("$.errors[0].message").value("A file has at most 1,000 columns; this one has 10,006."));
		mvc.perform(post("/api/v1/imports/facilities").with(admin()).contentType("text/csv")
				.content(FACILITIES + unknown + "\nw1,JCHQ,wf1,school,SY05,works_under_way,2018-10-20\n"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("A file has at most 1,000 columns; this one has 10,007."));
		assertThat(imports()).isEqualTo(before);
	}

	@Test
	void namesTheIgnoredColumnsTheImportLogHasRoomForAndHowManyMoreInBothLedgers() throws Exception {
		TestSources.register(jdbc, "WIDE");
		String unknown = unknownColumns(900);
		for (String[] ledger : new String[][] { { "returns", RETURNS, "w1,WIDE,2018-10-20,idp_returnee,25,SY05" },
				{ "facilities", FACILITIES, "w1,WIDE,wf1,school,SY05,works_under_way,2018-10-20" } }) {
			for (int send = 0; send < 2; send++) {
				// sent again with its key, the import is answered from its log: the same list
				mvc.perform(post("/api/v1/imports/" + ledger[0]).with(admin()).contentType("text/csv")
						.header("Idempotency-Key", "wide-" + ledger[0]).content(ledger[1] + unknown + "\n" + ledger[2] + "\n"))
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.created").value(1))
					.andExpect(jsonPath("$.ignoredColumns.length()").value(363))
					.andExpect(jsonPath("$.ignoredColumns[0]").value("#x+col0001"))
					.andExpect(jsonPath("$.ignoredColumns[361]").value("#x+col0362"))
					.andExpect(jsonPath("$.ignoredColumns[362]").value("… and 538 more"));
			}
		}
	}

	private static String unknownColumns(int count) {
		return IntStream.rangeClosed(1, count).mapToObj(i -> String.format(",#x+col%04d", i)).collect(Collectors.joining());
	}

	private long imports() {
		return jdbc.sql("select (select count(*) from return_import) + (select count(*) from facility_import)")
			.query(Long.class).single();
	}
}
