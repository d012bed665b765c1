package org.homeward.collect.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.geography.HomeCountry;
import org.homeward.support.DatabaseOfItsOwn;
import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.TestClock;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The page of what came in, after two days of two officers of Aleppo sending from the field: one from a phone with
 * its device key, one signed in; a count sent twice, a household of two, a refused household, a refused file and a
 * count KoBoToolbox pushed and Homeward refused.
 * Headquarters see every submission once, by day, user, device and form, the lag from the day counted, and the
 * refusals with their reasons and nothing of the person; each officer sees their own. A database of its own, as the
 * test moves its clock a day ahead and counts everything received.
 */
@HomewardIntegrationTest
class CollectPagesIntegrationTest {

	private static final String PASSWORD = "collect-page-password";
	private static final String PHONE = "<b>Jebel Saman</b> phone";
	private static final Pattern DEVICE_URL = Pattern.compile("/openrosa/key/(hwd_[A-Za-z0-9_-]{43})<");
	private static String deviceKey;
	private static LocalDate firstDay;

	@DynamicPropertySource
	static void databaseOfItsOwn(DynamicPropertyRegistry registry) {
		DatabaseOfItsOwn.register(registry, "collect_received");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	HomeCountry homeCountry;

	@BeforeEach
	void twoDaysFromTheField() throws Exception {
		if (deviceKey != null) {
			return;
		}
		long phoneOfficer = TestUsers.insert(jdbc, "saman-officer", PASSWORD, "DATA_OFFICER", "SY02", null);
		TestUsers.insert(jdbc, "centre-officer", PASSWORD, "DATA_OFFICER", "SY02", null);
		String page = mvc.perform(post("/admin/users/" + phoneOfficer + "/devices").with(user("admin").roles("ADMIN"))
			.with(csrf()).param("name", PHONE)).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString();
		Matcher shown = DEVICE_URL.matcher(page);
		assertThat(shown.find()).as("the device's URL on the page").isTrue();
		deviceKey = shown.group(1);

		LocalDate today = homeCountry.today(clock);
		firstDay = today;
		// the first day: yesterday's count, sent twice from the phone, and today's bakery
		String count = returns("uuid:saman-count-1", today.minusDays(1), 40);
		fromThePhone(count).andExpect(status().isCreated());
		fromThePhone(count).andExpect(status().isAccepted());
		fromThePhone(facility("uuid:saman-bakery-1", today)).andExpect(status().isCreated());
		fromThePhone("<data id=\"homeward_returns\"><date>").andExpect(status().isBadRequest());
		// at the reception centre: a household home four days ago, and one whose second member has no family name
		signedIn(household("uuid:centre-household-1", today.minusDays(4), "<family>Halabi</family>"))
			.andExpect(status().isCreated());
		signedIn(household("uuid:centre-household-2", today.minusDays(4), "")).andExpect(status().isBadRequest());
		// the phone's officer also collects on KoBoToolbox, which pushes a refugee count without its host country
		mvc.perform(post("/api/v1/collect/kobo/homeward_returns").with(httpBasic("saman-officer", PASSWORD))
			.contentType("application/json").content("{\"meta/instanceID\": \"uuid:kobo-refused-1\", \"date\": \""
					+ today + "\", \"category\": \"refugee_returnee\", \"persons\": \"5\", \"adm1\": \"SY02\"}"))
			.andExpect(status().isUnprocessableContent());

		// the next day: a count of ten days before, sent late
		clock.advance(Duration.ofDays(1));
		fromThePhone(returns("uuid:saman-count-2", today.minusDays(9), 12)).andExpect(status().isCreated());
	}

	@Test
	void showsHeadquartersEverySubmissionOnceByDayUserDeviceAndFormWithTheLagFromTheDayCounted() throws Exception {
		WhatCameIn.Report report = report(user("coordinator").roles("COORDINATOR"));
		LocalDate secondDay = firstDay.plusDays(1);
		assertThat(report.from()).isEqualTo(secondDay.minusDays(6));
		assertThat(report.to()).isEqualTo(secondDay);
		assertThat(report.received()).containsExactly(
				new WhatCameIn.Received(secondDay, "saman-officer", PHONE, "homeward_returns", 1, 1),
				new WhatCameIn.Received(firstDay, "centre-officer", null, "homeward_household", 1, 2),
				new WhatCameIn.Received(firstDay, "saman-officer", PHONE, "homeward_facility", 1, 1),
				new WhatCameIn.Received(firstDay, "saman-officer", PHONE, "homeward_returns", 1, 1));
		assertThat(report.submissions()).isEqualTo(4);
		assertThat(report.lags()).containsExactly(
				new WhatCameIn.Lag("homeward_facility", 1, 1, 0, 0, 0, 0, 0L),
				new WhatCameIn.Lag("homeward_household", 1, 0, 0, 1, 0, 0, 4L),
				new WhatCameIn.Lag("homeward_returns", 2, 0, 1, 0, 1, 0, 10L));
	}

	@Test
	void listsTheRefusalsWithTheReasonTheSenderWasToldAndNothingOfThePerson() throws Exception {
		WhatCameIn.Report report = report(user("admin").roles("ADMIN"));
		assertThat(report.refusalCount()).isEqualTo(3);
		assertThat(report.refusals().get(0).reason()).startsWith("origin_country: ");
		assertThat(report.refusals()).extracting(WhatCameIn.Refused::user, WhatCameIn.Refused::device,
				WhatCameIn.Refused::channel, WhatCameIn.Refused::formId, WhatCameIn.Refused::instanceId,
				refused -> refused.reason().startsWith("origin_country: ") ? "origin_country: …" : refused.reason())
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("saman-officer", null, "kobo", "homeward_returns",
							"uuid:kobo-refused-1", "origin_country: …"),
					org.assertj.core.groups.Tuple.tuple("centre-officer", null, "openrosa", "homeward_household",
							"uuid:centre-household-2",
							"member[2]/family: The row needs this name, as the source wrote it, in any script."),
					org.assertj.core.groups.Tuple.tuple("saman-officer", PHONE, "openrosa", null, null,
							"The submission is not well-formed XML."));
		// the refused household named its members; what is kept of the refusal names no one
		assertThat(jdbc.sql("""
				select refused_by || ' ' || coalesce(device, '') || ' ' || channel || ' ' || source_code || ' '
				       || coalesce(form_id, '') || ' ' || coalesce(instance_id, '') || ' ' || reason
				  from collect_refusal order by id
				""").query(String.class).list())
			.noneMatch(row -> row.contains("Khaled") || row.contains("Sami") || row.contains("1975"))
			.hasSize(3);
		assertThat(jdbc.sql("select count(*) from registration where household_id = 'uuid:centre-household-2'")
			.query(Long.class).single()).isZero();
	}

	@Test
	void showsADataOfficerTheirOwnSubmissionsAndRefusalsOnly() throws Exception {
		WhatCameIn.Report own = report(user("centre-officer").roles("DATA_OFFICER"));
		assertThat(own.received()).containsExactly(
				new WhatCameIn.Received(firstDay, "centre-officer", null, "homeward_household", 1, 2));
		assertThat(own.lags()).containsExactly(new WhatCameIn.Lag("homeward_household", 1, 0, 0, 1, 0, 0, 4L));
		assertThat(own.refusals()).extracting(WhatCameIn.Refused::instanceId).containsExactly("uuid:centre-household-2");
		String page = mvc.perform(get("/collect").with(user("centre-officer").roles("DATA_OFFICER")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Your own submissions").doesNotContain("saman-officer");
		mvc.perform(get("/collect").with(user("analyst").roles("ANALYST"))).andExpect(status().isForbidden());
		mvc.perform(get("/collect").with(user("partner").roles("PARTNER"))).andExpect(status().isForbidden());
	}

	@Test
	void showsThePageInEachLanguageWithWhatTheFieldSentEscaped() throws Exception {
		String english = page("en");
		assertThat(english).contains("<h1>What came in from the field</h1>", "Submissions received: 4", "Refused: 3",
				"<td>Household registered</td>", "&lt;b&gt;Jebel Saman&lt;/b&gt; phone", "without a device key",
				"<td><code dir=\"ltr\">uuid:centre-household-2</code></td>", "href=\"/collect\"")
			.doesNotContain("<b>Jebel Saman</b>");
		assertThat(page("ru")).contains("<h1>Что поступило с мест</h1>", "Получено отправок: 4", "Регистрация семьи");
		assertThat(page("ar")).contains("dir=\"rtl\"", "<h1>ما ورد من الميدان</h1>", "تسجيل أسرة");
	}

	private String page(String language) throws Exception {
		return mvc.perform(get("/collect").param("lang", language).with(user("coordinator").roles("COORDINATOR")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private WhatCameIn.Report report(org.springframework.test.web.servlet.request.RequestPostProcessor viewer)
			throws Exception {
		return (WhatCameIn.Report) mvc.perform(get("/collect").with(viewer)).andExpect(status().isOk()).andReturn()
			.getModelAndView().getModel().get("report");
	}

	private static String returns(String instanceId, LocalDate day, int persons) {
		return "<data id=\"homeward_returns\"><date>" + day + "</date><category>idp_returnee</category><persons>"
				+ persons + "</persons><adm1>SY02</adm1><meta><instanceID>" + instanceId + "</instanceID></meta></data>";
	}

	private static String facility(String instanceId, LocalDate day) {
		return "<data id=\"homeward_facility\"><facility>ALP-BAK-9</facility><type>bakery</type><adm1>SY02</adm1>"
				+ "<status>in_operation</status><date>" + day + "</date><meta><instanceID>" + instanceId
				+ "</instanceID></meta></data>";
	}

	private static String household(String instanceId, LocalDate returned, String secondFamilyName) {
		return "<data id=\"homeward_household\"><category>idp_returnee</category><returned>" + returned + "</returned>"
				+ "<registered>" + returned + "</registered><adm1>SY02</adm1>"
				+ "<member><relationship>head</relationship><given>Khaled</given><family>Halabi</family><sex>m</sex>"
				+ "<birth>1975</birth></member><member><relationship>child</relationship><given>Sami</given>"
				+ secondFamilyName + "<sex>m</sex></member><meta><instanceID>" + instanceId + "</instanceID></meta></data>";
	}

	private ResultActions fromThePhone(String xml) throws Exception {
		return mvc.perform(submission("/openrosa/key/" + deviceKey + "/submission", xml));
	}

	private ResultActions signedIn(String xml) throws Exception {
		return mvc.perform(submission("/openrosa/submission", xml).with(httpBasic("centre-officer", PASSWORD)));
	}

	private static MockMultipartHttpServletRequestBuilder submission(String url, String xml) {
		MockMultipartHttpServletRequestBuilder request = multipart(url);
		request.file(new MockMultipartFile("xml_submission_file", "submission.xml", "text/xml",
				xml.getBytes(StandardCharsets.UTF_8)));
		request.header("X-OpenRosa-Version", "1.0");
		return request;
	}
}
