package org.homeward.collect;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.homeward.support.HomewardIntegrationTest;
import org.javarosa.core.model.FormIndex;
import org.javarosa.core.model.SelectChoice;
import org.javarosa.core.model.data.DateData;
import org.javarosa.core.model.data.IAnswerData;
import org.javarosa.core.model.data.IntegerData;
import org.javarosa.form.api.FormEntryController;
import org.javarosa.form.api.FormEntryModel;
import org.javarosa.form.api.FormEntryPrompt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The returns form filled with JavaRosa, the XForm engine ODK Collect runs, as a data officer fills it on the phone
 * in Arabic: the engine reads Homeward's form, refuses on the phone what the server would refuse, and the instance
 * it writes is taken by Homeward's submission endpoint and counted in the briefing.
 */
@HomewardIntegrationTest
class ReturnsFormOnJavaRosaIntegrationTest {

	private static final String PASSWORD = "javarosa-phone-password";
	private static final String SOURCE = "ROSAPHONE";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void aPartnerWithAPhone() {
		JavaRosaPhone.partner(jdbc, "rosa-partner", PASSWORD, SOURCE);
	}

	@Test
	void isFilledInArabicOnTheEngineOfTheCollectAppAndItsInstanceIsCounted() throws Exception {
		byte[] xform = mvc.perform(get("/openrosa/forms/homeward_returns").with(phone())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		FormEntryController entry = JavaRosaPhone.open(xform, "العربية");
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
				case "date" -> {
					assertThat(entry.answerQuestion(index, date(LocalDate.of(2031, 1, 1)), true))
						.as("a day after today").isEqualTo(FormEntryController.ANSWER_CONSTRAINT_VIOLATED);
					answers.put(field, entry.answerQuestion(index, date(LocalDate.of(2018, 10, 19)), true));
				}
				case "category" -> answers.put(field, entry.answerQuestion(index, choice(prompt, "refugee_returnee"), true));
				case "persons" -> answers.put(field, entry.answerQuestion(index, new IntegerData(60), true));
				case "adm1" -> answers.put(field, entry.answerQuestion(index, choice(prompt, "SY02"), true));
				case "origin_country" -> {
					assertThat(entry.answerQuestion(index, null, true)).as("a refugee count without its host country")
						.isEqualTo(FormEntryController.ANSWER_REQUIRED_BUT_EMPTY);
					answers.put(field, entry.answerQuestion(index, choice(prompt, "LBN"), true));
				}
				case "female" -> answers.put(field, entry.answerQuestion(index, new IntegerData(30), true));
				case "male" -> {
					assertThat(entry.answerQuestion(index, new IntegerData(20), true))
						.as("women and men that do not add up to the persons")
						.isEqualTo(FormEntryController.ANSWER_CONSTRAINT_VIOLATED);
					answers.put(field, entry.answerQuestion(index, new IntegerData(30), true));
				}
				case "households" -> answers.put(field, entry.answerQuestion(index, new IntegerData(12), true));
				default -> {
				}
			}
		}
		assertThat(answers).containsOnlyKeys("date", "category", "persons", "adm1", "origin_country", "female", "male",
				"households").allSatisfy((field, status) -> assertThat(status).as(field)
					.isEqualTo(FormEntryController.ANSWER_OK));
		assertThat(labels).containsEntry("adm1", "المحافظة التي عادوا إليها").containsEntry("persons", "عدد الأشخاص");

		byte[] instance = JavaRosaPhone.instance(entry);
		assertThat(new String(instance, StandardCharsets.UTF_8)).contains("<instanceID>uuid:");
		mvc.perform(multipart("/openrosa/submission").file(new MockMultipartFile("xml_submission_file",
				"homeward_returns.xml", "text/xml", instance)).header("X-OpenRosa-Version", "1.0").with(phone()))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/briefings").param("asOf", "2018-10-22").param("source", SOURCE))
			.andExpect(jsonPath("$.returns.refugeeReturneesByOriginCountry.LBN").value(60))
			.andExpect(jsonPath("$.returns.totalByGovernorate.SY02").value(60));
	}

	private static IAnswerData date(LocalDate day) {
		return new DateData(Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
	}

	private static IAnswerData choice(FormEntryPrompt prompt, String value) {
		for (SelectChoice choice : prompt.getSelectChoices()) {
			if (choice.getValue().equals(value)) {
				return new org.javarosa.core.model.data.SelectOneData(choice.selection());
			}
		}
		throw new AssertionError("the form offers no choice " + value);
	}

	private static RequestPostProcessor phone() {
		return httpBasic("rosa-partner", PASSWORD);
	}
}
