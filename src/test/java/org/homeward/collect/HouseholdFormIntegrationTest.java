package org.homeward.collect;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.homeward.support.HomewardIntegrationTest;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * The household form as a data officer fills it at a reception centre, in Arabic, on JavaRosa: the household's
 * return, then one member after another in the repeat; the server's rules refused on the phone. A submission
 * becomes one registration per member, all or none, once; an edit that drops a member retracts that member.
 */
@HomewardIntegrationTest
class HouseholdFormIntegrationTest {

	private static final String PASSWORD = "household-phone-password";
	private static final String SOURCE = "HHPHONE";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void aPartnerWithAPhone() {
		JavaRosaPhone.partner(jdbc, "household-partner", PASSWORD, SOURCE);
	}

	@Test
	void isFilledInArabicMemberAfterMemberOnTheEngineOfTheCollectAppAndRegistersEachMember() throws Exception {
		byte[] xform = mvc.perform(get("/openrosa/forms/homeward_household").with(phone())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		FormEntryController entry = JavaRosaPhone.open(xform, "العربية");
		FormEntryModel model = entry.getModel();

		List<String> answered = new ArrayList<>();
		int members = 1;
		for (int event = entry.stepToNextEvent(); event != FormEntryController.EVENT_END_OF_FORM;
				event = entry.stepToNextEvent()) {
			if (event == FormEntryController.EVENT_PROMPT_NEW_REPEAT && members == 1) {
				entry.newRepeat();
				members++;
				continue;
			}
			if (event != FormEntryController.EVENT_QUESTION) {
				continue;
			}
			FormEntryPrompt prompt = model.getQuestionPrompt();
			FormIndex index = model.getFormIndex();
			// the questions of the household, then of each member: member n at multiplicity n - 1 of the repeat
			org.javarosa.core.model.instance.TreeReference reference = index.getReference();
			String field = (reference.size() == 2 ? "" : "member" + (reference.getMultiplicity(1) + 1) + "/")
					+ reference.getNameLast();
			IAnswerData answer = switch (field) {
				case "category" -> choice(prompt, "refugee_returnee");
				case "returned" -> date(LocalDate.of(2018, 10, 14));
				case "registered" -> {
					assertThat(entry.answerQuestion(index, date(LocalDate.of(2031, 1, 1)), true))
						.as("a registration after today").isEqualTo(FormEntryController.ANSWER_CONSTRAINT_VIOLATED);
					yield date(LocalDate.of(2018, 10, 15));
				}
				case "adm1" -> choice(prompt, "SY02");
				case "origin_country" -> {
					assertThat(entry.answerQuestion(index, null, true)).as("a refugee household without its host country")
						.isEqualTo(FormEntryController.ANSWER_REQUIRED_BUT_EMPTY);
					yield choice(prompt, "LBN");
				}
				case "member1/relationship" -> {
					assertThat(prompt.getLongText()).isEqualTo("صلة القرابة برب الأسرة");
					yield choice(prompt, "head");
				}
				case "member1/given" -> new StringData("أحمد");
				case "member1/family" -> new StringData("الحلبي");
				case "member1/sex" -> choice(prompt, "m");
				case "member1/birth" -> new StringData("1980");
				case "member2/relationship" -> choice(prompt, "child");
				case "member2/given" -> new StringData("مريم");
				case "member2/family" -> new StringData("الحلبي");
				case "member2/sex" -> choice(prompt, "f");
				case "member2/birth" -> {
					assertThat(entry.answerQuestion(index, new StringData("2010-13"), true)).as("a month 13")
						.isEqualTo(FormEntryController.ANSWER_CONSTRAINT_VIOLATED);
					yield new StringData("2010-03");
				}
				default -> null;
			};
			if (answer != null) {
				assertThat(entry.answerQuestion(index, answer, true)).as(field).isEqualTo(FormEntryController.ANSWER_OK);
				answered.add(field);
			}
		}
		assertThat(answered).containsExactly("category", "returned", "registered", "adm1", "origin_country",
				"member1/relationship", "member1/given", "member1/family", "member1/sex", "member1/birth",
				"member2/relationship", "member2/given", "member2/family", "member2/sex", "member2/birth");

		byte[] instance = JavaRosaPhone.instance(entry);
		String instanceId = instanceId(new String(instance, StandardCharsets.UTF_8));
		submit(instance).andExpect(status().isCreated());
		assertThat(registrations(instanceId)).containsExactly(
				instanceId + "/1 1 " + instanceId + " HEAD M REFUGEE_RETURNEE 2018-10-14 2018-10-15 SY02 LBN ",
				instanceId + "/2 1 " + instanceId + " CHILD F REFUGEE_RETURNEE 2018-10-14 2018-10-15 SY02 LBN ");
	}

	@Test
	void registersAHouseholdOnceAndAnEditThatDropsAMemberRetractsThatMember() throws Exception {
		String three = household("uuid:household-edit-1", null, member("head", "Khaled", "m", "1975")
				+ member("spouse", "Huda", "f", "1979") + member("child", "Omar", "m", "2005"));
		submit(three).andExpect(status().isCreated());
		submit(three).andExpect(status().isAccepted())
			.andExpect(xpath("//*[local-name()='message']").string("Already received: nothing changed."));
		assertThat(registrations("uuid:household-edit-1")).hasSize(3);

		// Omar turned out to be registered with his grandparents: the household is edited on the phone without him
		String two = household("uuid:household-edit-1", "uuid:household-edit-1",
				member("head", "Khaled", "m", "1975") + member("spouse", "Huda", "f", "1979"));
		submit(two).andExpect(status().isCreated());
		assertThat(jdbc.sql("select registration_id || ' ' || version || ' ' "
				+ "|| case when voided then 'voided' else 'current' end || ' ' || coalesce(reason, '') "
				+ "from registration where source_code = ? and registration_id like 'uuid:household-edit-1/%' "
				+ "order by registration_id, version").param(SOURCE).query(String.class).list())
			.containsExactly("uuid:household-edit-1/1 1 current ", "uuid:household-edit-1/2 1 current ",
					"uuid:household-edit-1/3 1 current ",
					"uuid:household-edit-1/3 2 voided Edited on the phone: replaces submission uuid:household-edit-1.");
		assertThat(jdbc.sql("select records from collect_submission where source_code = ? and instance_id = ?")
			.params(SOURCE, "uuid:household-edit-1").query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void refusesAHouseholdWithAnyMemberTheServerWouldRefuseNamingTheMemberAndWritesNothing() throws Exception {
		String noFamilyName = household("uuid:household-refused-1", null, member("head", "Khaled", "m", "1975")
				+ "<member><relationship>child</relationship><given>Sami</given><sex>m</sex></member>");
		submit(noFamilyName).andExpect(status().isBadRequest())
			.andExpect(xpath("//*[local-name()='message']")
				.string("member[2]/family: The row needs this name, as the source wrote it, in any script."));
		String noHostCountry = household("uuid:household-refused-2", null, member("head", "Khaled", "m", "1975")
				+ member("spouse", "Huda", "f", "1979")).replace("<origin_country>LBN</origin_country>", "");
		submit(noHostCountry).andExpect(status().isBadRequest())
			.andExpect(xpath("//*[local-name()='message']").string(org.hamcrest.Matchers.matchesPattern(
					"origin_country: [^:]*")));
		submit(household("uuid:household-refused-3", null, "")).andExpect(status().isBadRequest())
			.andExpect(xpath("//*[local-name()='message']")
				.string("member: A household has at least one member, its head."));
		assertThat(jdbc.sql("select count(*) from registration where registration_id like 'uuid:household-refused-%'")
			.query(Long.class).single()).isZero();
	}

	private static String household(String instanceId, String deprecatedId, String members) {
		return "<?xml version='1.0' ?><data id=\"homeward_household\" xmlns:orx=\"http://openrosa.org/xforms\">"
				+ "<category>refugee_returnee</category><returned>2018-10-14</returned><registered>2018-10-15</registered>"
				+ "<adm1>SY02</adm1><adm2/><adm3/><adm4/><origin_country>LBN</origin_country><entry/>" + members
				+ "<orx:meta><orx:instanceID>" + instanceId + "</orx:instanceID>"
				+ (deprecatedId == null ? "" : "<orx:deprecatedID>" + deprecatedId + "</orx:deprecatedID>")
				+ "</orx:meta></data>";
	}

	private static String member(String relationship, String given, String sex, String birth) {
		return "<member><relationship>" + relationship + "</relationship><given>" + given + "</given><father/>"
				+ "<grandfather/><family>Halabi</family><mother/><sex>" + sex + "</sex><birth>" + birth + "</birth>"
				+ "<national_id/></member>";
	}

	/** The current registrations of a household as the ledger holds them, without what names the person. */
	private List<String> registrations(String household) {
		return jdbc.sql("select r.registration_id || ' ' || r.version || ' ' || r.household_id || ' ' || r.relationship "
				+ "|| ' ' || r.sex || ' ' || r.category || ' ' || r.returned_on || ' ' || r.registered_on || ' ' "
				+ "|| r.adm1_code || ' ' || r.origin_country || ' ' || coalesce(r.reason, '') from registration r "
				+ "join registration_head h on h.version_id = r.id where r.source_code = ? and r.household_id = ? "
				+ "order by r.registration_id").params(SOURCE, household).query(String.class).list();
	}

	private static String instanceId(String instance) {
		int start = instance.indexOf("<instanceID>") + "<instanceID>".length();
		return instance.substring(start, instance.indexOf("</instanceID>"));
	}

	private ResultActions submit(String xml) throws Exception {
		return submit(xml.getBytes(StandardCharsets.UTF_8));
	}

	private ResultActions submit(byte[] xml) throws Exception {
		return mvc.perform(multipart("/openrosa/submission")
			.file(new MockMultipartFile("xml_submission_file", "homeward_household.xml", "text/xml", xml))
			.header("X-OpenRosa-Version", "1.0").with(phone()));
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

	private static RequestPostProcessor phone() {
		return httpBasic("household-partner", PASSWORD);
	}
}
