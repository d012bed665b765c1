package org.homeward.returns.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.HxlCsv;
import org.homeward.support.SourceOfItsOwn;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Credentials.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The list of return records a data officer works in: how many match, in the order they choose, page by page, a
 * place found by its name in any language, and the download of what the list shows.
 */
@HomewardIntegrationTest
class ReturnPagesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@SourceOfItsOwn("LIST")
	String source;

	/** Five records: two on the 22nd, persons tied at 5, a district under Aleppo and Aleppo itself. */
	private void fiveRecords() throws Exception {
		importCsv(HxlCsv.returns("L1,SRC,2018-10-20,idp_returnee,30,SY03,,,,,,",
				"L2,SRC,2018-10-22,refugee_returnee,120,SY02,SY0200,LBN,,,,",
				"L3,SRC,2018-10-21,idp_returnee,5,SY04,,,,,,",
				"L4,SRC,2018-10-22,idp_returnee,60,SY02,,,,,,",
				"L5,SRC,2018-10-19,refugee_returnee,5,SY03,,JOR,,,,"));
	}

	@Test
	void sortsByEachColumnBothWaysTiesBrokenByRecordId() throws Exception {
		fiveRecords();
		assertThat(ids(page(list()))).containsExactly("L2", "L4", "L3", "L1", "L5");
		assertThat(ids(page(list().param("sort", "-day")))).containsExactly("L2", "L4", "L3", "L1", "L5");
		assertThat(ids(page(list().param("sort", "day")))).containsExactly("L5", "L1", "L3", "L2", "L4");
		assertThat(ids(page(list().param("sort", "persons")))).containsExactly("L3", "L5", "L1", "L4", "L2");
		assertThat(ids(page(list().param("sort", "-persons")))).containsExactly("L2", "L4", "L1", "L3", "L5");
		assertThat(ids(page(list().param("sort", "destination")))).containsExactly("L4", "L2", "L1", "L5", "L3");
		assertThat(ids(page(list().param("sort", "-destination")))).containsExactly("L3", "L1", "L5", "L2", "L4");
		assertThat(ids(page(list().param("sort", "id")))).containsExactly("L1", "L2", "L3", "L4", "L5");
		assertThat(ids(page(list().param("sort", "-id")))).containsExactly("L5", "L4", "L3", "L2", "L1");
	}

	@Test
	void aColumnHeaderSortsByItKeepingTheFilterAndSaysHowTheListIsSorted() throws Exception {
		fiveRecords();
		String page = page(list().param("category", "idp_returnee").param("sort", "persons"));
		assertThat(page).contains("<th aria-sort=\"ascending\"><a href=\"/returns?source=" + source
				+ "&amp;category=idp_returnee&amp;sort=-persons\">Persons</a>",
				"<th><a href=\"/returns?source=" + source + "&amp;category=idp_returnee&amp;sort=day\">Day of return</a>",
				"<th><a href=\"/returns?source=" + source + "&amp;category=idp_returnee&amp;sort=destination\">");
		assertThat(page.split("aria-sort=", -1)).hasSize(2);
		assertThat(page(list().param("sort", "-persons"))).contains("<th aria-sort=\"descending\"><a href=\"/returns?source="
				+ source + "&amp;sort=persons\">Persons</a>");
	}

	@Test
	void refusesAnUnknownOrderNamingTheParameterAndTheValue() throws Exception {
		fiveRecords();
		String page = mvc.perform(list().param("sort", "colour")).andExpect(status().isBadRequest()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("sort: &quot;colour&quot; is not an order of the records; use one of day, persons,"
				+ " destination, id, with a leading - for the descending order.");
		mvc.perform(list().param("page", "0")).andExpect(status().isBadRequest());
	}

	@Test
	void saysHowManyRecordsMatchTheFilterInEachLanguage() throws Exception {
		fiveRecords();
		assertThat(page(list().param("category", "idp_returnee"))).contains(
				"<span>3 records match</span> ·\n    <span>showing 1–3</span>");
		assertThat(page(list().param("category", "idp_returnee").param("lang", "ru"))).contains(
				"<span>Найдены 3 записи</span> ·\n    <span>показаны 1–3</span>");
		assertThat(page(list().param("from", "2018-10-22").param("lang", "ru"))).contains("<span>Найдены 2 записи</span>");
		assertThat(page(list().param("id", "L1").param("lang", "ru"))).contains("<span>Найдена 1 запись</span>");
		assertThat(page(list().param("lang", "ru"))).contains("<span>Найдено 5 записей</span>");
		assertThat(page(list().param("category", "idp_returnee").param("lang", "ar"))).contains(
				"<span>٣ سجلات مطابقة</span> ·\n    <span>المعروض من ١ إلى ٣</span>");
		assertThat(page(list().param("from", "2018-10-22").param("lang", "ar"))).contains("<span>سجلان مطابقان</span>");
	}

	@Test
	void pagesThroughAThousandRecordsFromTheFirstPageToTheLast() throws Exception {
		importCsv(HxlCsv.returns(IntStream.rangeClosed(1, 1_020)
			.mapToObj(n -> "P%04d,SRC,2018-10-20,idp_returnee,%d,SY03,,,,,,".formatted(n, n)).toList()));
		String second = page(list().param("sort", "id").param("page", "2"));
		assertThat(second).contains("<span>1,020 records match</span> ·\n    <span>showing 51–100</span>",
				"<a href=\"/returns?source=" + source + "&amp;sort=id\">First</a>",
				"<a href=\"/returns?source=" + source + "&amp;sort=id\" rel=\"prev\">Previous</a>",
				"<span aria-current=\"page\">Page 2 of 21</span>",
				"<a href=\"/returns?source=" + source + "&amp;sort=id&amp;page=3\" rel=\"next\">Next</a>",
				"<a href=\"/returns?source=" + source + "&amp;sort=id&amp;page=21\">Last</a>");
		assertThat(ids(second)).hasSize(50).startsWith("P0051").endsWith("P0100");
		String last = page(list().param("sort", "id").param("page", "21"));
		assertThat(ids(last)).containsExactly(IntStream.rangeClosed(1001, 1020).mapToObj("P%04d"::formatted)
			.toArray(String[]::new));
		assertThat(last).contains("<span>showing 1,001–1,020</span>", "Page 21 of 21").doesNotContain("rel=\"next\"");
		// a page past the end, as an old link after a narrower filter, shows the last one
		assertThat(ids(page(list().param("sort", "id").param("page", "99")))).startsWith("P1001");
		assertThat(page(list().param("lang", "ru"))).contains("<span>Найдено 1\u00a0020 записей</span>",
				"Страница 1 из 21", "Последняя");
	}

	@Test
	void findsAPlaceByItsArabicOrRussianName() throws Exception {
		fiveRecords();
		String rural = page(list().param("place", "ريف دمشق").param("lang", "ar"));
		assertThat(ids(rural)).containsExactly("L1", "L5");
		assertThat(rural).contains("name=\"place\" value=\"SY03\"", "<span>سجلان مطابقان</span>");
		assertThat(ids(page(list().param("place", "Хомс").param("lang", "ru")))).containsExactly("L3");
		assertThat(ids(page(list().param("place", "Алеппо").param("lang", "ru")))).containsExactly("L2", "L4");
		assertThat(ids(page(list().param("place", "sy0200")))).containsExactly("L2");
	}

	@Test
	void aNameSeveralPlacesBearListsThemToChooseFromAndANameNoneBearsSaysSo() throws Exception {
		fiveRecords();
		String several = page(list().param("place", "حلب").param("lang", "ar"));
		assertThat(several).contains("يحمل الاسم «حلب» أكثر من مكان؛ اختر واحدًا منها:",
				"<a href=\"/returns?source=" + source + "&amp;place=SY02\">حلب (SY02)</a>",
				"<a href=\"/returns?source=" + source + "&amp;place=C1007\">حلب (C1007)</a>");
		assertThat(ids(several)).isEmpty();
		assertThat(page(list().param("place", "aleppo"))).contains("Several places are named «aleppo»; choose one:",
				"<a href=\"/returns?source=" + source + "&amp;place=SY02\">Aleppo (SY02)</a>",
				"<a href=\"/returns?source=" + source + "&amp;place=C1007\">Aleppo (C1007)</a>");
		String none = page(list().param("place", "Атлантида").param("lang", "ru"));
		assertThat(none).contains("Места с названием «Атлантида» нет ни на одном языке; попробуйте другое написание или код.")
			.doesNotContain("Записей не найдено.");
		assertThat(ids(none)).isEmpty();
	}

	@Test
	void aDataOfficerCountsSortsAndDownloadsOnlyTheRecordsOfTheirArea() throws Exception {
		fiveRecords();
		String officer = "list-officer-" + source.toLowerCase(java.util.Locale.ROOT);
		TestUsers.insert(jdbc, officer, "a-long-test-password", "DATA_OFFICER", "SY02", null);
		RequestPostProcessor signedIn = user(officer).roles("DATA_OFFICER");
		String page = page(list().with(signedIn).param("sort", "-persons"));
		assertThat(ids(page)).containsExactly("L2", "L4");
		assertThat(page).contains("<span>2 records match</span>", "<a href=\"/returns/export?source=" + source
				+ "&amp;sort=-persons\">Download these records (CSV)</a>");
		String csv = mvc.perform(get("/returns/export").with(signedIn).param("source", source).param("sort", "-persons"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().skip(2).map(line -> line.split(",")[0]).toList()).containsExactly("L2", "L4");
	}

	@Test
	void theDownloadHoldsTheRecordsOfEveryPageOfTheListInItsOrder() throws Exception {
		fiveRecords();
		String page = page(list().param("category", "idp_returnee").param("sort", "persons"));
		Matcher link = Pattern.compile("<a href=\"([^\"]+)\">Download these records \\(CSV\\)</a>").matcher(page);
		assertThat(link.find()).isTrue();
		assertThat(link.group(1)).isEqualTo("/returns/export?source=" + source
				+ "&amp;category=idp_returnee&amp;sort=persons");
		String csv = mvc.perform(get(link.group(1).replace("&amp;", "&")).with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().skip(2).toList()).containsExactly(
				"L3," + source + ",2018-10-21,idp_returnee,5,SY04,,,,,,,,,,,,,,",
				"L1," + source + ",2018-10-20,idp_returnee,30,SY03,,,,,,,,,,,,,,",
				"L4," + source + ",2018-10-22,idp_returnee,60,SY02,,,,,,,,,,,,,,");
		assertThat(csv.lines().skip(2).map(line -> line.split(",")[0]).toList()).isEqualTo(ids(page));
	}

	@Test
	void theArabicListRunsRightToLeftWithNoEnglishWord() throws Exception {
		fiveRecords();
		String page = page(list().param("lang", "ar").param("sort", "persons"));
		assertThat(page).contains("<html lang=\"ar\" dir=\"rtl\">", "<h1>سجلات العودة</h1>",
				"تنزيل هذه السجلات (CSV)", "<span>٥ سجلات مطابقة</span>");
		String main = page.substring(page.indexOf("<main"), page.indexOf("</main>"));
		String words = main.replaceAll("<[^>]*>", " ").replaceAll("&[a-z]+;", " ");
		// codes stay in Latin capitals (sources, p-codes, countries, the file type); a word in small letters is English
		List<String> english = new ArrayList<>();
		Matcher word = Pattern.compile("[A-Za-z]*[a-z][A-Za-z]*").matcher(words);
		while (word.find()) {
			english.add(word.group());
		}
		assertThat(english).isEmpty();
	}

	private MockHttpServletRequestBuilder list() {
		return get("/returns").with(user("admin").roles("ADMIN")).param("source", source);
	}

	private List<String> ids(String page) {
		Matcher link = Pattern.compile("<td><a href=\"/returns/" + source + "/([^\"]+)\">").matcher(page);
		List<String> ids = new ArrayList<>();
		while (link.find()) {
			ids.add(link.group(1));
		}
		return ids;
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private void importCsv(String csv) throws Exception {
		mvc.perform(post("/api/v1/imports/returns").with(admin()).contentType("text/csv")
			.content(csv.replace("SRC", source))).andExpect(status().isOk());
	}
}
