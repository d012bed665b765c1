package org.homeward.returns;

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
	}

	@Test
	void namesTheFiguresInEnglish() throws Exception {
		assertThat(page("en")).contains(row("total", "Returnees in all"),
				row("refugeeReturnees.JOR", "Refugee returnees from Jordan"),
				row("refugeeReturnees.NLD", "Refugee returnees from the Netherlands"),
				row("refugeeReturnees.BRA", "Refugee returnees from Brazil"), row("total.SY02", "Returnees to Aleppo"),
				"<code dir=\"ltr\">refugeeReturnees.JOR</code>",
				"Persons who came home from 4 January 1990 to 10 January 1990, as each source counts them.");
	}

	@Test
	void namesTheFiguresInRussianWithTheCountryInTheGenitive() throws Exception {
		assertThat(page("ru")).contains(row("total", "Всего вернувшихся"),
				row("refugeeReturnees.JOR", "Вернувшиеся беженцы из Иордании"),
				row("refugeeReturnees.NLD", "Вернувшиеся беженцы из Нидерландов"),
				row("refugeeReturnees.BRA", "Вернувшиеся беженцы, страна пребывания: Бразилия"),
				row("total.SY02", "Вернувшиеся в мухафазу Алеппо"),
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

	private static String row(String figure, String label) {
		return "<th scope=\"row\" title=\"" + figure + "\"><span>" + label + "</span>";
	}
}
