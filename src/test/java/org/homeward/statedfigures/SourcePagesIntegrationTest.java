package org.homeward.statedfigures;

import java.nio.charset.StandardCharsets;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The sources side by side name each figure as people read it, in their language, the raw name kept for analysts. */
@HomewardIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourcePagesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	void twoSourcesCountReturnsFromThreeHostCountries() throws Exception {
		TestSources.register(jdbc, "LABELA");
		TestSources.register(jdbc, "LABELB");
		Uploads.csv(mvc, "/api/v1/imports/returns", HxlCsv.returns("la1,LABELA,1990-01-08,refugee_returnee,1200,SY02,,JOR,,,,",
				"la2,LABELA,1990-01-08,refugee_returnee,40,SY02,,NLD,,,,", "la3,LABELA,1990-01-08,refugee_returnee,5,SY02,,BRA,,,,"));
		Uploads.csv(mvc, "/api/v1/imports/returns", HxlCsv.returns("lb1,LABELB,1990-01-08,refugee_returnee,1250,SY02,,JOR,,,,"));
		Uploads.csv(mvc, "/api/v1/imports/stated-figures", """
				#meta+id,#meta+source,#date,#meta+period,#affected+returnees,#affected+type,#country+origin+code,#meta+url
				sa1,LABELA,1990-01-10,cumulative,1245,refugee_returnee,,https://example.org/update?week=2&lang=en
				sa2,LABELA,1990-01-10,cumulative,1300,,JOR,http://example.org/jordan
				sa3,LABELA,1990-01-09,cumulative,1400,refugee_returnee,,
				sb1,LABELB,1990-01-10,3d,1250,,,https://example.org/b
				sb0,LABELB,1989-12-31,cumulative,10,,,
				""");
	}

	@Test
	void showsWhatEachSourceStatedBesideItsRecordsWithTheProblemsAndWhereItWasPublished() throws Exception {
		assertThat(rows(stated(page("en")))).containsExactly(
				"LABELA sa3 | 9 January 1990 | Refugee returnees | in all, since the first return | 1,400 | 1,245 "
						+ "| +155 | The cumulative total fell with sa1; Differs from the source's own records by more "
						+ "than 2 % | —",
				"LABELA sa1 | 10 January 1990 | Refugee returnees | in all, since the first return | 1,245 | 1,245 "
						+ "| 0 | The cumulative total fell with sa3 | example.org",
				"LABELA sa2 | 10 January 1990 | Refugee returnees from Jordan | in all, since the first return "
						+ "| 1,300 | 1,200 | +100 | Differs from the source's own records by more than 2 % | example.org",
				"LABELB sb1 | 10 January 1990 | Returnees in all | from 8 January 1990 to 10 January 1990 | 1,250 "
						+ "| 1,250 | 0 | none | example.org");
	}

	@Test
	void linksWhereAFigureWasPublishedEscapedAndWithoutTellingThePublisherWhereFrom() throws Exception {
		assertThat(stated(page("en"))).contains("<a href=\"https://example.org/update?week=2&amp;lang=en\" "
				+ "rel=\"noopener noreferrer\" dir=\"ltr\" title=\"https://example.org/update?week=2&amp;lang=en\">"
				+ "example.org</a>", "<a href=\"http://example.org/jordan\" rel=\"noopener noreferrer\"");
	}

	@Test
	void namesWhatTheSourcesStatedInRussianWithNoEnglishWord() throws Exception {
		String stated = stated(page("ru"));
		assertThat(rows(stated)).containsExactly(
				"LABELA sa3 | 9 января 1990\u202fг. | Вернувшиеся беженцы | всего, с начала возвращения | 1\u00a0400 "
						+ "| 1\u00a0245 | +155 | Нарастающий итог уменьшился вместе с sa1; Расходится с записями самого "
						+ "источника больше чем на 2 % | —",
				"LABELA sa1 | 10 января 1990\u202fг. | Вернувшиеся беженцы | всего, с начала возвращения "
						+ "| 1\u00a0245 | 1\u00a0245 | 0 | Нарастающий итог уменьшился вместе с sa3 | example.org",
				"LABELA sa2 | 10 января 1990\u202fг. | Вернувшиеся беженцы из Иордании | всего, с начала возвращения "
						+ "| 1\u00a0300 | 1\u00a0200 | +100 | Расходится с записями самого источника больше чем на 2 % "
						+ "| example.org",
				"LABELB sb1 | 10 января 1990\u202fг. | Всего вернувшихся | с 8 января 1990\u202fг. по 10 января "
						+ "1990\u202fг. | 1\u00a0250 | 1\u00a0250 | 0 | нет | example.org");
		// the codes, ids and addresses aside, every word is Russian
		String words = stated.replaceAll("(?s)<(bdi|code|a)\\b[^>]*>.*?</\\1>", " ").replaceAll("<[^>]*>", " ");
		assertThat(words).doesNotContainPattern("[A-Za-z]");
	}

	@Test
	void namesTheFiguresInEnglish() throws Exception {
		assertThat(page("en")).contains(row("total", "Returnees in all"),
				row("refugeeReturnees.JOR", "Refugee returnees from Jordan"),
				row("refugeeReturnees.NLD", "Refugee returnees from the Netherlands"),
				row("refugeeReturnees.BRA", "Refugee returnees from Brazil"), row("total.SY02", "Returnees to Aleppo"),
				"Persons who came home from 4 January 1990 to 10 January 1990, as each source counts them.")
			// the figure's name in the code is its title, not a word the reader has to read past
			.doesNotContain("<code dir=\"ltr\">refugeeReturnees.JOR</code>");
	}

	@Test
	void namesTheFiguresInRussianWithTheCountryInTheGenitive() throws Exception {
		assertThat(page("ru")).contains(row("total", "Всего вернувшихся"),
				row("refugeeReturnees.JOR", "Вернувшиеся беженцы из Иордании"),
				row("refugeeReturnees.NLD", "Вернувшиеся беженцы из Нидерландов"),
				row("refugeeReturnees.BRA", "Вернувшиеся беженцы, страна пребывания: Бразилия"),
				row("total.SY02", "Вернувшиеся в провинцию Алеппо"),
				"Вернувшиеся с 4 января 1990\u202fг. по 10 января 1990\u202fг. по данным каждого источника.");
	}

	@Test
	void namesTheFiguresInArabicTheSourcesIsolated() throws Exception {
		assertThat(page("ar")).contains(row("total", "مجموع العائدين"),
				row("refugeeReturnees.JOR", "اللاجئون العائدون من الأردن"),
				row("refugeeReturnees.NLD", "اللاجئون العائدون من هولندا"),
				row("total.SY02", "العائدون إلى محافظة حلب"), "<bdi>LABELA</bdi>",
				"العائدون من ٤ كانون الثاني ١٩٩٠ إلى ١٠ كانون الثاني ١٩٩٠ كما يعدّهم كل مصدر.");
	}

	private String page(String language) throws Exception {
		return mvc.perform(get("/sources").param("asOf", "1990-01-10").header("Accept-Language", language)
				.with(user("analyst").roles("ANALYST")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** The section of what the sources stated. */
	private static String stated(String page) {
		return page.substring(page.indexOf("<section aria-labelledby=\"stated-title\">"),
				page.indexOf("</section>", page.indexOf("stated-title")));
	}

	/** The section's rows as text, a cell's text collapsed to one line and the cells joined with " | ". */
	private static java.util.List<String> rows(String section) {
		return java.util.Arrays.stream(section.substring(section.indexOf("<tbody")).split("</tr>"))
			.filter(row -> row.contains("<td"))
			.map(row -> java.util.Arrays.stream(row.split("</td>")).filter(cell -> cell.contains("<td"))
				.map(cell -> cell.substring(cell.indexOf("<td")).replaceAll("</li>\\s*<li>", "; ")
					.replaceAll("<[^>]*>", " ").replace("&#39;", "'").replaceAll("\\s+", " ").strip()
					.replace(" ,", ",").replace(" ;", ";"))
				.collect(java.util.stream.Collectors.joining(" | ")))
			.toList();
	}

	private static String row(String figure, String label) {
		return "<th scope=\"row\" title=\"" + figure + "\"><span>" + label + "</span>";
	}
}
