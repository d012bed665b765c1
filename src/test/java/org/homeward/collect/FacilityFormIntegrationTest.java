package org.homeward.collect;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.TestSources;
import org.homeward.support.TestUsers;
import org.javarosa.core.model.FormIndex;
import org.javarosa.core.model.SelectChoice;
import org.javarosa.core.model.data.DateData;
import org.javarosa.core.model.data.IAnswerData;
import org.javarosa.core.model.data.SelectOneData;
import org.javarosa.core.model.data.StringData;
import org.javarosa.form.api.FormEntryController;
import org.javarosa.form.api.FormEntryModel;
import org.javarosa.form.api.FormEntryPrompt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * The facility form as an engineer fills it on the phone, in Russian, on JavaRosa (the engine of ODK Collect): the
 * kinds of facility and the officer's own places to choose from, the server's rules refused on the phone; its
 * submissions become status events of the facilities ledger, once each, an edit a correction, a refusal nothing.
 */
@HomewardIntegrationTest
class FacilityFormIntegrationTest {

	private static final String PASSWORD = "facility-phone-password";
	private static final String SOURCE = "FACPHONE";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void anEngineerOfAPartnerAndAnOfficerOfAleppo() {
		if (jdbc.sql("select count(*) from app_user where username = 'facility-partner'").query(Long.class).single() > 0) {
			return;
		}
		TestSources.register(jdbc, SOURCE);
		TestUsers.insert(jdbc, "facility-partner", PASSWORD, "PARTNER", null, SOURCE);
		TestUsers.insert(jdbc, "facility-officer", PASSWORD, "DATA_OFFICER", "SY02", null);
	}

	@Test
	void isFilledInRussianOnTheEngineOfTheCollectAppAndBecomesAStatusEvent() throws Exception {
		String xform = mvc.perform(get("/openrosa/forms/homeward_facility").with(as("facility-officer")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		// the officer of Aleppo chooses among Aleppo only
		assertThat(xform).contains("<value>SY02</value>").doesNotContain("<value>SY01</value>")
			.contains("<text id=\"type:bakery\"><value>пекарни</value></text>");
		FormEntryController entry = JavaRosaPhone.open(mvc.perform(get("/openrosa/forms/homeward_facility")
			.with(as("facility-partner"))).andReturn().getResponse().getContentAsByteArray(), "Русский");
		FormEntryModel model = entry.getModel();

		Map<String, String> labels = new HashMap<>();
		Map<String, Integer> answers = new HashMap<>();
		for (int event = entry.stepToNextEvent(); event != FormEntryController.EVENT_END_OF_FORM;
				event = entry.stepToNextEvent()) {
			if (event != FormEntryController.EVENT_QUESTION) {
				continue;
			}
			FormEntryPrompt prompt = model.getQuestionPrompt();
			FormIndex index = model.getFormIndex();
			String field = index.getReference().getNameLast();
			labels.put(field, prompt.getLongText());
			switch (field) {
				case "facility" -> {
					assertThat(entry.answerQuestion(index, new StringData("ALP;BAK"), true))
						.as("a code a link cannot carry").isEqualTo(FormEntryController.ANSWER_CONSTRAINT_VIOLATED);
					answers.put(field, entry.answerQuestion(index, new StringData("ALP-BAK-7"), true));
				}
				case "name" -> answers.put(field, entry.answerQuestion(index, new StringData("Пекарня у рынка"), true));
				case "type" -> answers.put(field, entry.answerQuestion(index, choice(prompt, "bakery"), true));
				case "adm1" -> answers.put(field, entry.answerQuestion(index, choice(prompt, "SY02"), true));
				case "adm2" -> answers.put(field, entry.answerQuestion(index, choice(prompt, "SY0200"), true));
				case "status" -> {
					assertThat(entry.answerQuestion(index, null, true)).as("a status left out")
						.isEqualTo(FormEntryController.ANSWER_REQUIRED_BUT_EMPTY);
					answers.put(field, entry.answerQuestion(index, choice(prompt, "in_operation"), true));
				}
				case "date" -> {
					assertThat(entry.answerQuestion(index, date(LocalDate.of(2031, 1, 1)), true))
						.as("a day after today").isEqualTo(FormEntryController.ANSWER_CONSTRAINT_VIOLATED);
					answers.put(field, entry.answerQuestion(index, date(LocalDate.of(2018, 10, 18)), true));
				}
				default -> {
				}
			}
		}
		assertThat(answers).containsOnlyKeys("facility", "name", "type", "adm1", "adm2", "status", "date")
			.allSatisfy((field, answer) -> assertThat(answer).as(field).isEqualTo(FormEntryController.ANSWER_OK));
		assertThat(labels).containsEntry("type", "Тип объекта").containsEntry("status", "Состояние");

		byte[] instance = JavaRosaPhone.instance(entry);
		submit(instance, "facility-partner").andExpect(status().isCreated());
		mvc.perform(get("/api/v1/facilities/" + SOURCE + "/ALP-BAK-7").with(as("facility-partner")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("bakery"))
			.andExpect(jsonPath("$.settlement").value("SY0200"))
			.andExpect(jsonPath("$.name").value("Пекарня у рынка"))
			.andExpect(jsonPath("$.events.length()").value(1))
			.andExpect(jsonPath("$.events[0].status").value("IN_OPERATION"))
			.andExpect(jsonPath("$.events[0].on").value("2018-10-18"));
		mvc.perform(get("/api/v1/briefings").param("asOf", "2018-10-22").param("source", SOURCE))
			.andExpect(jsonPath("$.reconstruction.putIntoOperationInPeriod.bakery").value(1));
	}

	@Test
	void recordsEachSubmissionOnceAndAnEditAsACorrection() throws Exception {
		String first = """
				<?xml version='1.0' ?><data id="homeward_facility" version="1">\
				<facility>ALP-SCH-12</facility><name>School 12</name><type>school</type><adm1>SY02</adm1><adm2/>\
				<adm3/><adm4/><status>works_under_way</status><date>2018-10-10</date>\
				<meta><instanceID>uuid:facility-edit-1</instanceID></meta></data>""";
		submit(first, "facility-partner").andExpect(status().isCreated())
			.andExpect(xpath("//*[local-name()='message']").string("Received: the submission is recorded."));
		submit(first, "facility-partner").andExpect(status().isAccepted())
			.andExpect(xpath("//*[local-name()='message']").string("Already received: nothing changed."));
		mvc.perform(get("/api/v1/briefings").param("asOf", "2018-10-22").param("source", SOURCE))
			.andExpect(jsonPath("$.reconstruction.worksUnderWay.byType.school").value(1));

		// the engineer finds the works were finished: the same event, edited on the phone
		String edited = """
				<?xml version='1.0' ?><data id="homeward_facility" xmlns:orx="http://openrosa.org/xforms">\
				<facility>ALP-SCH-12</facility><name>School 12</name><type>school</type><adm1>SY02</adm1>\
				<status>in_operation</status><date>2018-10-16</date><orx:meta>\
				<orx:instanceID>uuid:facility-edit-1</orx:instanceID>\
				<orx:deprecatedID>uuid:facility-edit-1</orx:deprecatedID></orx:meta></data>""";
		submit(edited, "facility-partner").andExpect(status().isCreated());
		assertThat(jdbc.sql("select version || ' ' || status || ' ' || status_on || ' ' || coalesce(reason, '') "
				+ "from facility_event where source_code = ? and event_id = 'uuid:facility-edit-1' order by version")
			.param(SOURCE).query(String.class).list())
			.containsExactly("1 WORKS_UNDER_WAY 2018-10-10 ",
					"2 IN_OPERATION 2018-10-16 Edited on the phone: replaces submission uuid:facility-edit-1.");
		mvc.perform(get("/api/v1/briefings").param("asOf", "2018-10-22").param("source", SOURCE))
			.andExpect(jsonPath("$.reconstruction.worksUnderWay.byType.school").doesNotExist())
			.andExpect(jsonPath("$.reconstruction.putIntoOperationInPeriod.school").value(1));
	}

	@Test
	void refusesWhatTheServerWouldRefuseWithAMessageThePhoneShowsAndWritesNothing() throws Exception {
		String unknownType = """
				<data id="homeward_facility"><facility>ALP-X-1</facility><type>castle</type><adm1>SY02</adm1>\
				<status>damaged</status><date>2018-10-10</date><meta><instanceID>uuid:facility-refused-1</instanceID>\
				</meta></data>""";
		submit(unknownType, "facility-partner").andExpect(status().isBadRequest())
			.andExpect(xpath("//*[local-name()='message']").string(containsString("type: ")));
		// the officer of Aleppo records in Aleppo only
		String elsewhere = """
				<data id="homeward_facility"><facility>DAM-X-1</facility><type>school</type><adm1>SY01</adm1>\
				<status>damaged</status><date>2018-10-10</date><meta><instanceID>uuid:facility-refused-2</instanceID>\
				</meta></data>""";
		submit(elsewhere, "facility-officer").andExpect(status().isBadRequest())
			.andExpect(xpath("//*[local-name()='message']").string(containsString("adm1: ")));
		assertThat(jdbc.sql("select count(*) from facility_event where event_id like 'uuid:facility-refused-%'")
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from collect_submission where instance_id like 'uuid:facility-refused-%'")
			.query(Long.class).single()).isZero();
	}

	private ResultActions submit(String xml, String username) throws Exception {
		return submit(xml.getBytes(StandardCharsets.UTF_8), username);
	}

	private ResultActions submit(byte[] xml, String username) throws Exception {
		return mvc.perform(multipart("/openrosa/submission")
			.file(new MockMultipartFile("xml_submission_file", "homeward_facility.xml", "text/xml", xml))
			.header("X-OpenRosa-Version", "1.0").with(as(username)));
	}

	private static IAnswerData date(LocalDate day) {
		return new DateData(Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
	}

	private static IAnswerData choice(FormEntryPrompt prompt, String value) {
		for (SelectChoice choice : prompt.getSelectChoices()) {
			if (choice.getValue().equals(value)) {
				return new SelectOneData(choice.selection());
			}
		}
		throw new AssertionError("the form offers no choice " + value);
	}

	private static RequestPostProcessor as(String username) {
		return httpBasic(username, PASSWORD);
	}
}
