package org.homeward.briefing;

import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.HxlCsv;
import org.homeward.support.TestSources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Credentials.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The briefing's text, written from the records in three languages, leaving out what is zero. */
@HomewardIntegrationTest
class BriefingTextIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void writesTheReturnsAndReconstructionParagraphsFromTheRecords() throws Exception {
		TestSources.register(jdbc, "TEXT");
		post("/api/v1/imports/returns", HxlCsv.returns(
				"t1,TEXT,2018-10-20,refugee_returnee,1200,SY03,,LBN,,,,",
				"t2,TEXT,2018-09-01,idp_returnee,1000000,SY02,,,,,,",
				"t3,TEXT,2018-10-21,idp_returnee,500,SY05,,,,,,"));
		post("/api/v1/imports/facilities", """
				Event,Source,Facility,Type,Governorate,Community,Status,Date
				#meta+id,#meta+source,#loc+facility+code,#loc+facility+type,#adm1+code,#adm4+code,#status,#date
				s1,TEXT,S1,school,SY07,C4278,in_operation,2018-10-18
				m1,TEXT,M1,medical_facility,SY07,C4278,in_operation,2018-10-19
				m2,TEXT,M2,medical_facility,SY05,,in_operation,2018-10-19
				b1,TEXT,B1,bakery,SY07,C4278,works_under_way,2018-09-01
				b2,TEXT,B2,bakery,SY05,,works_under_way,2018-09-02
				""");
		assertThat(text("en")).isEqualTo("""
				As of 22 October 2018, 1,001,700 citizens have returned to the country. 1,000,500 of them are \
				internally displaced persons. 1,200 people have returned from abroad. Over the past week, 1,700 people \
				have come back home. Those who returned from abroad in that time came from Lebanon.

				A school and two medical facilities have been put into operation over the past week. In 2 settlements \
				the reconstruction works on two bakeries are continuing.

				These figures are provisional: they have not been approved yet.""");
		assertThat(text("ru")).isEqualTo("""
				По состоянию на 22 октября 2018 г. в Сирию вернулись 1 001 700 сирийских граждан. Из них \
				1 000 500\u00a0— внутренне перемещённые лица. Из-за рубежа вернулись 1200 человек. За последнюю неделю \
				домой вернулись 1700 человек. Все вернувшиеся из-за рубежа за эту неделю прибыли из Ливана.

				В течение последней недели в эксплуатацию введены школа и два медицинских учреждения. Ещё в 2 \
				населённых пунктах продолжаются работы по восстановлению двух пекарен.

				Это предварительные данные: они ещё не утверждены.""".replace("1 001 700", "1\u00a0001\u00a0700")
			.replace("1 000 500", "1\u00a0000\u00a0500").replace("2018 г.", "2018\u202fг."));
		assertThat(text("ar")).isEqualTo("""
				حتى ٢٢ تشرين الأول ٢٠١٨، عاد ١٬٠٠١٬٧٠٠ مواطن إلى البلاد. من بينهم ١٬٠٠٠٬٥٠٠ نازح داخلي. وعاد من \
				الخارج ١٬٢٠٠ شخص. وفي الأسبوع الأخير عاد إلى ديارهم ١٬٧٠٠ شخص. وجاء جميع العائدين من الخارج خلال \
				الأسبوع نفسه من لبنان.

				وُضع في الخدمة خلال الأسبوع الماضي مدرسة ومنشأتان طبيتان. وتتواصل في تجمعين سكنيين أعمال إعادة \
				إعمار مخبزين.

				هذه بيانات أولية: لم تُعتمد بعد.""");
	}

	@Test
	void leavesOutSentencesWhoseFigureIsZero() throws Exception {
		TestSources.register(jdbc, "QUIET");
		post("/api/v1/imports/returns", HxlCsv.returns("q1,QUIET,2018-01-05,idp_returnee,1,SY03,,,,,,"));
		assertThat(text("en", "QUIET")).isEqualTo(
				"As of 22 October 2018, 1 citizen has returned to the country. 1 of them is an internally displaced person."
						+ "\n\nThese figures are provisional: they have not been approved yet.");
	}

	@Test
	void endsWithTheSituationAsTheSourceReportedIt() throws Exception {
		TestSources.register(jdbc, "SITU");
		json("/api/v1/legal-acts", """
				{"number": "18", "title": "the decree on granting amnesty", "kind": "amnesty", "signedOn": "2018-10-09",
				 "source": "SITU"}""");
		json("/api/v1/camps/RUKBAN/access", """
				{"source": "SITU", "since": "2018-10-21", "status": "denied", "reason": "no humanitarian corridor"}""");
		json("/api/v1/coordination-actions", """
				{"kind": "working_group", "title": "The inter-agency working group on legal assistance",
				 "status": "in_preparation", "source": "SITU"}""");
		assertThat(text("en", "SITU")).isEqualTo("On 9 October 2018, the Syrian President signed the decree on "
				+ "granting amnesty (No. 18). Humanitarian access to the Rukban camp in the province of Homs remains "
				+ "denied. The inter-agency working group on legal assistance is being formed."
				+ "\n\nThese figures are provisional: they have not been approved yet.");
		assertThat(text("ru", "SITU")).isEqualTo("9 октября 2018\u202fг. Президент Сирии подписал указ №\u00a018 об амнистии. "
				+ "Доступ гуманитарных организаций в расположенный в провинции Хомс лагерь Эр-Рукбан по-прежнему не "
				+ "обеспечен. Продолжается формирование рабочей группы."
				+ "\n\nЭто предварительные данные: они ещё не утверждены.");
		assertThat(text("ar", "SITU")).isEqualTo("في ٩ تشرين الأول ٢٠١٨، أصدر رئيس الجمهورية المرسوم التشريعي "
				+ "رقم ١٨ القاضي بمنح عفو عام. لا يزال وصول المساعدات الإنسانية إلى مخيم الركبان في محافظة حمص متعذرًا. "
				+ "يتواصل العمل على تشكيل فريق عمل."
				+ "\n\nهذه بيانات أولية: لم تُعتمد بعد.");
	}

	private void json(String path, String body) throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(admin())
			.contentType("application/json").content(body)).andExpect(status().isCreated());
	}

	private String text(String language) throws Exception {
		return text(language, "TEXT");
	}

	private String text(String language, String source) throws Exception {
		String json = mvc.perform(get("/api/v1/briefings").param("asOf", "2018-10-22").param("source", source)
				.param("lang", language)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return com.jayway.jsonpath.JsonPath.read(json, "$.text");
	}

	private void post(String path, String csv) throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(admin())
			.contentType("text/csv").content(csv)).andExpect(status().isOk());
	}
}
