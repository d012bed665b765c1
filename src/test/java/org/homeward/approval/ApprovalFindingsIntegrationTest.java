package org.homeward.approval;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.HxlCsv;
import org.homeward.support.SourceOfItsOwn;
import org.homeward.support.Uploads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Before a coordinator approves a week, the page shows beside each area's approve button what the quality checks
 * found in that area's week, with links to the records; a week with findings can be approved all the same.
 */
@HomewardIntegrationTest
class ApprovalFindingsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@SourceOfItsOwn("AQ")
	String source;

	/**
	 * Hama's office counted 100 people a day from 1 February 2017; in the week of 13 to 19 March it counted 1,000
	 * on the 17th and nothing on the 18th and 19th. Every file came in now, long after its days.
	 */
	@BeforeEach
	void aWeekWithASpikeAndTwoDaysMissing() throws Exception {
		List<String> rows = new ArrayList<>();
		for (LocalDate day = LocalDate.of(2017, 2, 1); day.isBefore(LocalDate.of(2017, 3, 17)); day = day.plusDays(1)) {
			rows.add("h-" + day + "," + source + "," + day + ",idp_returnee,100,SY05,,,,,,");
		}
		rows.add("spike," + source + ",2017-03-17,idp_returnee,1000,SY05,,,,,,");
		Uploads.csv(mvc, "/api/v1/imports/returns", HxlCsv.returns(rows));
	}

	@Test
	void showsTheAreasFindingsBesideItsApproveButtonWithLinksToTheRecords() throws Exception {
		String page = page("en");
		assertThat(text(row(page, "SY05"))).contains("Findings: 2. They do not keep the week from being approved; "
				+ "look at them first.", "spike: 17 March 2017, Hama (SY05): 1,000 persons, far above the place's "
				+ "usual count; above the highest count learned for the place",
				"Reported on 5 of the 7 days expected, 5 of them late", "Every check of the week", "Approve");
		assertThat(row(page, "SY05")).contains("<a href=\"/returns/" + source + "/spike\">",
				"<a href=\"/returns?source=" + source + "&amp;from=2017-03-13&amp;to=2017-03-19&amp;place=SY05\">",
				"<a href=\"/quality?asOf=2017-03-19&amp;days=7&amp;source=" + source + "\">");
		// the whole country has the same spike and its own completeness; a governorate that did not report, none
		assertThat(text(row(page, "SY"))).contains("Findings: 2.",
				"Reported on 5 of the 7 days expected, 5 of them late");
		assertThat(text(row(page, "SY02"))).contains("No findings.").doesNotContain("Findings:");
	}

	@Test
	void approvesAWeekWithFindingsAndStillSaysHowMany() throws Exception {
		mvc.perform(post("/approvals").with(user("aq-coordinator").roles("COORDINATOR")).with(csrf())
			.param("ledger", "returns").param("source", source).param("area", "SY05").param("from", "2017-03-13")
			.param("to", "2017-03-19")).andExpect(status().is3xxRedirection());

		assertThat(jdbc.sql("select count(*) from approval where source_code = ? and area_code = 'SY05'")
			.param(source).query(Long.class).single()).isEqualTo(1);
		assertThat(text(row(page("en"), "SY05"))).contains("Approved by aq-coordinator", "Findings: 2.");
	}

	@Test
	void countsTheFindingsInArabic() throws Exception {
		assertThat(text(row(page("ar"), "SY05"))).contains("عدد الملاحظات: ٢. لا تمنع اعتماد الأسبوع، لكن اطّلع عليها "
				+ "أولاً.", "وردت التقارير في ٥ من ٧ يوماً متوقعاً، منها ٥ متأخرة");
	}

	private String page(String language) throws Exception {
		return mvc.perform(get("/approvals").with(user("aq-coordinator").roles("COORDINATOR")).param("source", source)
			.param("asOf", "2017-03-19").header("Accept-Language", language))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** The row of an area in the week's table. */
	private static String row(String page, String area) {
		int at = page.indexOf("<code dir=\"ltr\">" + area + "</code>");
		assertThat(at).as("the row of %s", area).isPositive();
		return page.substring(at, page.indexOf("</tr>", at));
	}

	private static String text(String html) {
		return html.replaceAll("<[^>]*>", " ").replace("&#39;", "'").replaceAll("\\s+", " ").replace(" ,", ",")
			.replace(" :", ":").replace(" ;", ";").strip();
	}
}
