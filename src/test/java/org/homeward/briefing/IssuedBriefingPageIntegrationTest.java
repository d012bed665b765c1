package org.homeward.briefing;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.HxlCsv;
import org.homeward.support.TestSources;
import org.homeward.support.Uploads;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Credentials.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The page of an issued briefing names each figure that changed since as people read it, with then, now and the
 * difference written as the briefing writes numbers, and when it was issued in the country's time, in each language.
 */
@HomewardIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IssuedBriefingPageIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String page;

	@BeforeAll
	void aBriefingIsIssuedAndTheReturnsAndASchoolAreCorrectedSince() throws Exception {
		TestSources.register(jdbc, "LABELISSUE");
		Uploads.csv(mvc, "/api/v1/imports/returns",
				HxlCsv.returns("li1,LABELISSUE,2018-10-20,refugee_returnee,1200,SY02,,JOR,,,,"));
		Uploads.csv(mvc, "/api/v1/imports/facilities", """
				Event,Source,Facility,Type,Governorate,Status,Date
				#meta+id,#meta+source,#loc+facility+code,#loc+facility+type,#adm1+code,#status,#date
				lf1,LABELISSUE,LS1,school,SY07,in_operation,2018-10-19
				""");
		String location = mvc.perform(post("/api/v1/briefings/issued").with(admin()).param("asOf", "2018-10-22")
				.param("source", "LABELISSUE")).andExpect(status().isCreated()).andReturn().getResponse()
			.getHeader("Location");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		jdbc.sql("update briefing_issue set issued_at = ? where id = ?")
			.params(OffsetDateTime.parse("2026-12-01T21:55:17.232409Z"), id).update();
		Uploads.csv(mvc, "/api/v1/imports/returns", HxlCsv.returns(
				"li1,LABELISSUE,2018-10-20,refugee_returnee,1500,SY02,,JOR,,,,",
				"li2,LABELISSUE,2018-10-21,refugee_returnee,10,SY02,,TUR,,,,"));
		Uploads.csv(mvc, "/api/v1/imports/facilities",
				"Event,Source,Void\n#meta+id,#meta+source,#meta+void\nlf1,LABELISSUE,true\n");
		page = "/briefings/issued/" + id;
	}

	@Test
	void readsTheChangesAndTheIssueInEnglish() throws Exception {
		assertThat(page("en")).contains("<h1>Briefing of 22 October 2018, issued</h1>",
				"<span>Issued</span>: <span>2 December 2026, 00:55</span>", "<th scope=\"col\">Difference</th>",
				change("reconstruction.putIntoOperationInPeriod.school", "Put into operation in the period: schools",
						"1", "0", "-1"),
				change("returns.refugeeReturneesByOriginCountry.JOR", "Refugee returnees from Jordan", "1,200", "1,500",
						"+300"),
				change("returns.refugeeReturneesByOriginCountry.TUR", "Refugee returnees from Turkey", "0", "10", "+10"),
				change("returns.total", "Returnees in all", "1,200", "1,510", "+310"),
				change("returns.totalByGovernorate.SY02", "Returnees to Aleppo", "1,200", "1,510", "+310"));
	}

	@Test
	void readsTheChangesAndTheIssueInRussian() throws Exception {
		assertThat(page("ru")).contains("<h1>Выпущенный брифинг на 22 октября 2018\u202fг.</h1>",
				"<span>Выпущен</span>: <span>2 декабря 2026\u202fг., 00:55</span>", "<th scope=\"col\">Разница</th>",
				change("reconstruction.putIntoOperationInPeriod.school", "Введены в эксплуатацию за период: школы",
						"1", "0", "-1"),
				change("returns.refugeeReturneesByOriginCountry.JOR", "Вернувшиеся беженцы из Иордании",
						"1200", "1500", "+300"),
				change("returns.refugeeReturneesByOriginCountry.TUR", "Вернувшиеся беженцы из Турции", "0", "10", "+10"),
				change("returns.totalByGovernorate.SY02", "Вернувшиеся в провинцию Алеппо", "1200", "1510",
						"+310"));
	}

	@Test
	void readsTheChangesAndTheIssueInArabicTheCodesIsolated() throws Exception {
		assertThat(page("ar")).contains("<h1>إحاطة ٢٢ تشرين الأول ٢٠١٨ الصادرة</h1>",
				"<span>تاريخ الإصدار</span>: <span>٢ كانون الأول ٢٠٢٦، ٠٠:٥٥</span>", "<bdi>LABELISSUE</bdi>",
				"<th scope=\"col\">الفرق</th>",
				change("reconstruction.putIntoOperationInPeriod.school", "ما دخل الخدمة خلال الفترة: مدارس",
						"١", "٠", "\u061c-١"),
				change("returns.refugeeReturneesByOriginCountry.JOR", "اللاجئون العائدون من الأردن", "١٬٢٠٠", "١٬٥٠٠",
						"\u061c+٣٠٠"),
				change("returns.totalByGovernorate.SY02", "العائدون إلى محافظة حلب", "١٬٢٠٠", "١٬٥١٠", "\u061c+٣١٠"));
	}

	@Test
	void theArchiveWritesTheDayAndTheIssueAsPeopleReadThem() throws Exception {
		assertThat(body(get("/briefings").header("Accept-Language", "ru"))).contains("<td><a href=\"" + page
				+ "\">22 октября 2018\u202fг.</a></td>\n        <td><bdi>LABELISSUE</bdi></td>\n"
				+ "        <td>2 декабря 2026\u202fг., 00:55</td>");
	}

	private String page(String language) throws Exception {
		return body(get(page).header("Accept-Language", language));
	}

	private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String change(String figure, String label, String then, String now, String difference) {
		return "<tr><td title=\"" + figure + "\"><span>" + label + "</span>\n          <code dir=\"ltr\">" + figure
				+ "</code></td>\n        <td class=\"number\">" + then + "</td><td class=\"number\">" + now
				+ "</td>\n        <td class=\"number\">" + difference + "</td></tr>";
	}
}
