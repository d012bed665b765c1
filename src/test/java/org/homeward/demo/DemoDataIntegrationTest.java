package org.homeward.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.homeward.returns.Breakdown;
import org.homeward.returns.FigureQuery;
import org.homeward.returns.ReturnFigures;
import org.homeward.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo data, loaded as at a first start on a database of its own, reproduces every figure of the
 * headquarters' briefing of Monday 22 October 2018, and the English text states each of them.
 */
@SpringBootTest(properties = "homeward.demo=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestDatabaseConfiguration.class)
@Tag("database")
class DemoDataIntegrationTest {

	@DynamicPropertySource
	static void databaseOfItsOwn(DynamicPropertyRegistry registry) {
		String postgresql = System.getProperty("homeward.test.db-url");
		if (postgresql != null && !postgresql.isBlank()) {
			registry.add("spring.datasource.url",
					() -> postgresql + (postgresql.contains("?") ? "&" : "?") + "currentSchema=demo");
			registry.add("spring.flyway.schemas", () -> "demo");
		}
		else {
			registry.add("spring.datasource.url", () -> "jdbc:h2:mem:homeward-demo;MODE=PostgreSQL;"
					+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ReturnFigures returns;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theBriefingOfTheDemoDayHasEveryFigureOfTheSeed() throws Exception {
		String briefing = briefing("en");
		assertThat(figure(briefing, "$.source")).isEqualTo("JCHQ");
		assertThat(number(briefing, "$.returns.total")).isEqualTo(1_490_739);
		assertThat(number(briefing, "$.returns.idpReturnees")).isEqualTo(1_241_212);
		assertThat(number(briefing, "$.returns.refugeeReturnees")).isEqualTo(249_527);
		assertThat(number(briefing, "$.returns.inPeriod")).isEqualTo(2_659);
		List<String> hosts = JsonPath.read(briefing, "$.returns.mainHostCountries");
		assertThat(hosts).as("the period's three main host countries").containsExactly("LBN", "JOR", "TUR");
		Map<String, Integer> operated = JsonPath.read(briefing, "$.reconstruction.putIntoOperationInPeriod");
		assertThat(operated).containsExactlyInAnyOrderEntriesOf(
				Map.of("residential_building", 167, "school", 1, "medical_facility", 2));
		assertThat(number(briefing, "$.reconstruction.worksUnderWay.settlements")).isEqualTo(289);
		Map<String, Integer> works = JsonPath.read(briefing, "$.reconstruction.worksUnderWay.byType");
		assertThat(works).containsExactlyInAnyOrderEntriesOf(Map.of("school", 180, "preschool", 160, "bakery", 156,
				"water_pumping_station", 179, "electrical_substation", 161, "medical_facility", 153,
				"residential_building", 1877, "place_of_worship", 82));
	}

	@Test
	void registersHouseholdsOfTwoSourcesWithTheirNamesEncrypted() {
		assertThat(jdbc.sql("""
				select h.source_code, count(*) as people, count(distinct r.household_id) as households
				  from registration_head h join registration r on r.id = h.version_id
				 where not h.voided group by h.source_code order by h.source_code""")
			.query((row, n) -> row.getString(1) + " " + row.getLong(2) + " people in " + row.getLong(3)
					+ " households")
			.list()).containsExactly("JCHQ 6 people in 3 households", "UNHCR 7 people in 2 households");
		assertThat(jdbc.sql("select count(*) from registration where personal_data like '%Hassan%' "
				+ "or personal_data like '%الحسن%'").query(Long.class).single()).as("names in clear").isZero();
		// linkage finds the family both sources registered, and no one else twice: 13 registrations, 10 people
		assertThat(jdbc.sql("""
				select string_agg(p.source_code || '/' || p.registration_id, ' ' order by p.source_code desc,
				       p.registration_id) from registration_person p
				 where p.source_code in ('JCHQ', 'UNHCR') group by p.person_id having count(*) > 1
				 order by 1""").query(String.class).list())
			.containsExactly("UNHCR/UNHCR-LB-0001-1 JCHQ/JCHQ-JD-88120", "UNHCR/UNHCR-LB-0001-2 JCHQ/JCHQ-JD-88121",
					"UNHCR/UNHCR-LB-0001-3 JCHQ/JCHQ-JD-88122");
		assertThat(jdbc.sql("select count(distinct person_id) from registration_person where source_code in "
				+ "('JCHQ', 'UNHCR')").query(Long.class).single()).isEqualTo(10);
		// a woman JCHQ registered with another birth year and no father's name waits for a coordinator's word
		assertThat(jdbc.sql("select a_source || '/' || a_id || ' ' || b_source || '/' || b_id from registration_match "
				+ "where weight < 2 and a_source in ('JCHQ', 'UNHCR')").query(String.class).list())
			.containsExactly("JCHQ/JCHQ-JD-88140 UNHCR/UNHCR-JO-0417-2");
	}

	@Test
	void theWeekSplitsAsTheOtherOutletReportedIt() {
		assertThat(returns.by(Breakdown.CATEGORY, new FigureQuery("JCHQ", LocalDate.of(2018, 10, 16),
				LocalDate.of(2018, 10, 22), null, null)))
			.containsExactlyInAnyOrderEntriesOf(Map.of("refugee_returnee", 2_520L, "idp_returnee", 139L));
	}

	@Test
	void theEnglishTextStatesEachFigure() throws Exception {
		assertThat(figure(briefing("en"), "$.text")).isEqualTo("""
				As of 22 October 2018, 1,490,739 citizens have returned to the country. 1,241,212 of them are \
				internally displaced persons. 249,527 people have returned from abroad. Over the past week, 2,659 \
				people have come back home. Of those who returned from abroad in that time, the largest numbers came \
				from Lebanon, Jordan and Turkey.

				A school, two medical facilities and 167 residential buildings have been put into operation over the \
				past week. In 289 settlements the reconstruction works on 180 schools, 160 pre-schools, 156 bakeries, \
				179 water pumping stations, 161 electrical substations, 153 medical facilities, 1,877 residential \
				buildings and 82 places of worship are continuing.

				On 9 October 2018, the Syrian President signed the decree on granting amnesty (No. 18). Humanitarian \
				access to the Rukban camp in the province of Homs remains denied. An international conference on the \
				return of refugees is in preparation; it may take place by the end of the year. An inter-agency \
				working group on legal assistance to the Syrian government, comprising representatives of the \
				Ministry of Foreign Affairs, Ministry of Defence and Ministry of Justice, is being formed.

				Only part of these figures has been approved (Damascus, Aleppo and Rural Damascus); the rest are \
				provisional.""");
	}

	@Test
	void theRussianTextReadsAsTheRussianPressWritesIt() throws Exception {
		// lists in the genitive after «восстановлению», four digits ungrouped, acts and actions named by their kind
		assertThat(figure(briefing("ru"), "$.text")).isEqualTo("""
				По состоянию на 22 октября 2018 г. в Сирию вернулись 1 490 739 сирийских граждан. Из них \
				1 241 212\u00a0— внутренне перемещённые лица. Из-за рубежа вернулись 249 527 человек. За последнюю \
				неделю домой вернулись 2659 человек. Больше всего вернувшихся из-за рубежа за эту неделю прибыло из \
				Ливана, Иордании и Турции.

				В течение последней недели в эксплуатацию введены школа, два медицинских учреждения и 167 жилых \
				домов. Ещё в 289 населённых пунктах продолжаются работы по восстановлению 180 школ, 160 детских \
				садов, 156 пекарен, 179 насосных станций, 161 электроподстанции, 153 медицинских учреждений, 1877 \
				жилых домов и 82 культовых сооружений.

				9 октября 2018 г. Президент Сирии подписал указ №\u00a018 об амнистии. Доступ гуманитарных организаций \
				в расположенный в провинции Хомс лагерь Эр-Рукбан по-прежнему не обеспечен. Идёт подготовка \
				конференции; она может состояться до конца года. Продолжается формирование рабочей группы в \
				составе представителей трёх ведомств.

				Утверждена лишь часть этих данных (Дамаск, Алеппо и Сельский Дамаск); остальные — \
				предварительные данные.""".replace("1 490 739", "1\u00a0490\u00a0739")
			.replace("1 241 212", "1\u00a0241\u00a0212").replace("249 527", "249\u00a0527")
			.replace("2018 г.", "2018\u202fг."));
	}

	@Test
	void theArabicTextReadsAsTheArabicPressWritesIt() throws Exception {
		// counted nouns by the number, the dual in the genitive after «إعادة إعمار», Arabic-Indic digits throughout
		assertThat(figure(briefing("ar"), "$.text")).isEqualTo("""
				حتى ٢٢ تشرين الأول ٢٠١٨، عاد ١٬٤٩٠٬٧٣٩ مواطنًا إلى البلاد. من بينهم ١٬٢٤١٬٢١٢ نازحًا داخليًا. \
				وعاد من الخارج ٢٤٩٬٥٢٧ شخصًا. وفي الأسبوع الأخير عاد إلى ديارهم ٢٬٦٥٩ شخصًا. وجاء العدد الأكبر \
				من العائدين من الخارج خلال الأسبوع نفسه من لبنان والأردن وتركيا.

				وُضع في الخدمة خلال الأسبوع الماضي مدرسة ومنشأتان طبيتان و١٦٧ مبنى سكنيًا. وتتواصل في ٢٨٩ \
				تجمعًا سكنيًا أعمال إعادة إعمار ١٨٠ مدرسة و١٦٠ روضة أطفال و١٥٦ مخبزًا و١٧٩ محطة ضخ مياه و١٦١ \
				محطة تحويل كهربائية و١٥٣ منشأة طبية و١٬٨٧٧ مبنى سكنيًا و٨٢ دار عبادة.

				في ٩ تشرين الأول ٢٠١٨، أصدر رئيس الجمهورية المرسوم التشريعي رقم ١٨ القاضي بمنح عفو عام. لا يزال \
				وصول المساعدات الإنسانية إلى مخيم الركبان في محافظة حمص متعذرًا. يجري التحضير لعقد مؤتمر، ومن \
				المتوقع أن يُعقد قبل نهاية العام. يتواصل العمل على تشكيل فريق عمل يضم ممثلين عن ٣ جهات.

				لم يُعتمد إلا جزء من هذه الأرقام (دمشق وحلب وريف دمشق)، أما البقية فبيانات أولية.""");
	}

	@Test
	void theRussianAndArabicPdfsOfTheDemoDayCarryTheirText() throws Exception {
		String russian = pdfText("ru").replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ");
		assertThat(russian).contains("Брифинг на 22 октября 2018", "по восстановлению 180 школ",
				"Президент Сирии подписал указ № 18 об амнистии", "Вернулись, по провинциям назначения", "1877");
		String arabic = pdfText("ar").replaceAll("\\s+", " ");
		assertThat(arabic).contains("إحاطة بتاريخ", "متعذرًا", "لبنان والأردن وتركيا");
	}

	/** The text of the demo day's briefing as a PDF; the document is left in target/ to be looked at. */
	private String pdfText(String language) throws Exception {
		byte[] pdf = mvc.perform(get("/api/v1/briefings").param("asOf", "2018-10-22").param("lang", language)
				.param("format", "pdf")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		java.nio.file.Files.write(java.nio.file.Path.of("target", "demo-briefing-" + language + ".pdf"), pdf);
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
		}
	}

	@Test
	void theBriefingOfTheDemoWeekIsPartlyApprovedInEveryLanguage() throws Exception {
		String english = briefing("en");
		assertThat(figure(english, "$.approval.state")).isEqualTo("partly");
		List<String> areas = JsonPath.read(english, "$.approval.approvals[*].area");
		assertThat(areas).containsExactly("SY01", "SY02", "SY03");
		List<String> ledgers = JsonPath.read(english, "$.approval.approvals[*].ledger");
		assertThat(ledgers).containsOnly("returns");
		assertThat(figure(briefing("ru"), "$.text")).endsWith(
				"Утверждена лишь часть этих данных (Дамаск, Алеппо и Сельский Дамаск); остальные — предварительные данные.");
		assertThat(figure(briefing("ar"), "$.text")).endsWith(
				"لم يُعتمد إلا جزء من هذه الأرقام (دمشق وحلب وريف دمشق)، أما البقية فبيانات أولية.");
		// the briefing the demo issued says so too, and a write into the approved week is refused
		String archive = mvc.perform(get("/api/v1/briefings/issued")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		int id = JsonPath.read(archive, "$[0].id");
		String issued = mvc.perform(get("/api/v1/briefings/issued/" + id).param("lang", "ar")).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(figure(issued, "$.approval.state")).isEqualTo("partly");
		String page = mvc.perform(get("/api/v1/briefings/issued/" + id).param("lang", "ru").param("format", "html"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<p class=\"approval partly\">Данные утверждены частично, остальные — предварительные</p>");
		byte[] pdf = mvc.perform(get("/api/v1/briefings/issued/" + id).param("lang", "en").param("format", "pdf"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
				.contains("Partly approved: the rest of the figures are provisional");
		}
	}

	@Test
	void theDemoIssuedTheBriefingOfItsDayAsTheDemoUser() throws Exception {
		String archive = mvc.perform(get("/api/v1/briefings/issued")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(figure(archive, "$[0].asOf")).isEqualTo("2018-10-22");
		int id = JsonPath.read(archive, "$[0].id");
		// the public archive names no account; the issue itself keeps who issued it
		assertThat(archive).doesNotContain("issuedBy");
		assertThat(jdbc.sql("select issued_by from briefing_issue where id = ?").param(id).query(String.class).single())
			.isEqualTo("demo");
		String issued = mvc.perform(get("/api/v1/briefings/issued/" + id)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(number(issued, "$.returns.total")).isEqualTo(1_490_739);
	}

	@Test
	void theDataIsSpreadAsReturnsAndReconstructionReallySpread() {
		// No governorate takes more than a third of the returns, no settlement more than 4 % of the works under way.
		long largestGovernorate = returns.by(Breakdown.GOVERNORATE, FigureQuery.asOf("JCHQ", LocalDate.of(2018, 10, 22),
				null)).values().stream().mapToLong(Long::longValue).max().orElseThrow();
		assertThat(largestGovernorate).isLessThan(1_490_739 / 3);
		assertThat(returns.by(Breakdown.ORIGIN_COUNTRY, FigureQuery.asOf("JCHQ", LocalDate.of(2018, 10, 22), null)))
			.containsKeys("LBN", "JOR", "TUR", "IRQ");
		// The corrections file left earlier versions behind.
		assertThat(jdbc.sql("select count(*) from return_record where version > 1").query(Long.class).single())
			.isEqualTo(60);
	}

	@Test
	void theBriefingPageQuotesWhatOtherSourcesStatedUnderItsFiguresInEveryLanguage() throws Exception {
		assertThat(quoted(document("en"))).containsExactly(
				"OCHA: Internally displaced returnees, from 1 January 2018 to 15 October 2018 · reliefweb.int | 1,200,000",
				"UNHCR: Refugee returnees, in all as of 21 October 2018 · data2.unhcr.org | 82,538",
				"UNHCR: Refugee returnees from Lebanon, in all as of 21 October 2018 · data2.unhcr.org | 72,188");
		assertThat(quoted(document("ru"))).containsExactly(
				"OCHA: Вернувшиеся внутренне перемещённые лица, с 1 января 2018\u202fг. по 15 октября 2018\u202fг. "
						+ "· reliefweb.int | 1\u00a0200\u00a0000",
				"UNHCR: Вернувшиеся беженцы, всего на 21 октября 2018\u202fг. · data2.unhcr.org | 82\u00a0538",
				"UNHCR: Вернувшиеся беженцы из Ливана, всего на 21 октября 2018\u202fг. · data2.unhcr.org | 72\u00a0188");
		assertThat(quoted(document("ar"))).containsExactly(
				"OCHA: العائدون من النازحين داخلياً، من ١ كانون الثاني ٢٠١٨ إلى ١٥ تشرين الأول ٢٠١٨ · reliefweb.int | ١٬٢٠٠٬٠٠٠",
				"UNHCR: اللاجئون العائدون، المجموع حتى ٢١ تشرين الأول ٢٠١٨ · data2.unhcr.org | ٨٢٬٥٣٨",
				"UNHCR: اللاجئون العائدون من لبنان، المجموع حتى ٢١ تشرين الأول ٢٠١٨ · data2.unhcr.org | ٧٢٬١٨٨");
		String english = document("en");
		assertThat(english).contains("<h2>What other sources stated</h2>",
				"<a href=\"https://data2.unhcr.org/en/situations/syria_durable_solutions\" rel=\"noopener noreferrer\" "
						+ "dir=\"ltr\">data2.unhcr.org</a>");
		// under the figures, and the briefing's own text, pinned to the seed, says nothing of them
		assertThat(english.indexOf("What other sources stated")).isGreaterThan(english.indexOf("Key figures"));
		assertThat(figure(briefing("en"), "$.text")).doesNotContain("UNHCR", "OCHA", "82,538");
		// the issued briefing quotes them too, as they were known when it was issued
		String archive = mvc.perform(get("/api/v1/briefings/issued")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		int id = JsonPath.read(archive, "$[0].id");
		assertThat(quoted(mvc.perform(get("/api/v1/briefings/issued/" + id).param("lang", "en").param("format", "html"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)))
			.hasSize(3);
	}

	@Test
	void theStatedFiguresOfTheDemoAreMarkedAsDemoDataAndAgreeWithTheRecords() throws Exception {
		assertThat(jdbc.sql("select figure_id from stated_figure order by figure_id").query(String.class).list())
			.containsExactly("DEMO-OCHA-2018-10-15", "DEMO-UNHCR-2018-10-21", "DEMO-UNHCR-2018-10-21-LBN");
		assertThat(mvc.perform(get("/api/v1/stated-figures/checks").param("source", "UNHCR")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).isEqualTo("{\"problems\":[]}");
	}

	private String document(String language) throws Exception {
		return mvc.perform(get("/api/v1/briefings").param("asOf", "2018-10-22").param("lang", language)
			.param("format", "html")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The rows of what other sources stated, as text: the quote, then " | " and the figure. */
	private static List<String> quoted(String page) {
		int at = page.indexOf("<section class=\"stated\">");
		assertThat(at).as("the section of what other sources stated").isPositive();
		String section = page.substring(at, page.indexOf("</section>", at));
		return java.util.Arrays.stream(section.split("</tr>")).filter(row -> row.contains("<th"))
			.map(row -> row.substring(row.indexOf("<th")).replace("</th>", " | ").replaceAll("<[^>]*>", " ")
				.replaceAll("\\s+", " ").replace(" :", ":").strip())
			.toList();
	}

	private String briefing(String language) throws Exception {
		return mvc.perform(get("/api/v1/briefings").param("asOf", "2018-10-22").param("lang", language))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String figure(String json, String path) {
		return JsonPath.read(json, path).toString();
	}

	private static long number(String json, String path) {
		return ((Number) JsonPath.read(json, path)).longValue();
	}
}
