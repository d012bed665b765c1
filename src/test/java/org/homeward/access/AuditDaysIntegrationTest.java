package org.homeward.access;

import java.sql.Timestamp;
import java.time.Instant;

import org.homeward.support.HomewardIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The audit trail's days are the country's days, as its page shows the entries' times. */
@HomewardIntegrationTest
class AuditDaysIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEntryBelongsToTheDayItHadInTheCountry() throws Exception {
		// 22:30 UTC on 21 October 2018 was 01:30 on the 22nd in Damascus (UTC+3 that day)
		jdbc.sql("insert into audit_event (occurred_at, actor, action) values (?, 'tz-probe', 'probe.recorded')")
			.param(Timestamp.from(Instant.parse("2018-10-21T22:30:00Z"))).update();
		assertThat(page("2018-10-22", "2018-10-22")).contains("2018-10-22 01:30:00 +03:00");
		assertThat(page("2018-10-21", "2018-10-21")).doesNotContain("probe.recorded");
		assertThat(csv("2018-10-22", "2018-10-22")).contains("2018-10-21T22:30:00Z,tz-probe,probe.recorded");
		assertThat(csv("2018-10-21", "2018-10-21")).doesNotContain("tz-probe");
	}

	private String page(String from, String to) throws Exception {
		return mvc.perform(get("/admin/audit").with(user("admin").roles("ADMIN")).param("actor", "tz-probe").param("from", from)
				.param("to", to)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private String csv(String from, String to) throws Exception {
		return mvc.perform(get("/admin/audit.csv").with(user("admin").roles("ADMIN")).param("actor", "tz-probe").param("from", from)
				.param("to", to)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}
}
