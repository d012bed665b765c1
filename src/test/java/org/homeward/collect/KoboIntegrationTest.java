package org.homeward.collect;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.TestSources;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * KoBoToolbox's REST Services pushing submissions as KoBo writes them (its own keys beside the form's fields, the
 * fields under the paths of their groups, a repeat as a list): each recorded once, however often KoBo retries, the
 * same as the phone's submission of it; bad JSON refused with the field named and nothing written.
 */
@HomewardIntegrationTest
class KoboIntegrationTest {

	private static final String PASSWORD = "kobo-service-password";
	private static final String SOURCE = "KOBOPART";

	/** A submission of homeward_returns as KoBo's REST service posts it, its fields in two groups. */
	private static final String RETURNS = """
			{
			  "_id": 48213377,
			  "formhub/uuid": "8f2c6f9b0e6d4a7c9b1f3e2d5a6c7b8e",
			  "start": "2018-10-20T08:02:11.000+03:00",
			  "end": "2018-10-20T08:06:45.000+03:00",
			  "today": "2018-10-20",
			  "deviceid": "collect:Xy7KpQ2mN4sLw8Rt",
			  "group_count/date": "2018-10-20",
			  "group_count/category": "refugee_returnee",
			  "group_count/persons": "85",
			  "group_place/adm1": "SY02",
			  "group_place/origin_country": "LBN",
			  "group_count/female": "40",
			  "group_count/male": "45",
			  "group_count/households": "17",
			  "__version__": "vQmKz4nB7dT2sYhW3pLxE9",
			  "meta/instanceID": "uuid:0b7c5e0a-4c8f-4d2e-9a61-2f3b9c1d7e55",
			  "_xform_id_string": "aHn4TdQWpVtYkL7bX2mRz3",
			  "_uuid": "0b7c5e0a-4c8f-4d2e-9a61-2f3b9c1d7e55",
			  "_attachments": [],
			  "_status": "submitted_via_web",
			  "_geolocation": [null, null],
			  "_submission_time": "2018-10-20T05:07:02",
			  "_tags": [],
			  "_notes": [],
			  "_validation_status": {},
			  "_submitted_by": "crossing_officer"
			}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void aPartnerWhoseKoboProjectPushesToHomeward() {
		if (jdbc.sql("select count(*) from app_user where username = 'kobo-partner'").query(Long.class).single() > 0) {
			return;
		}
		TestSources.register(jdbc, SOURCE);
		TestUsers.insert(jdbc, "kobo-partner", PASSWORD, "PARTNER", null, SOURCE);
	}

	@Test
	void recordsAReturnsPushOnceAlsoWhenKoboRetriesIt() throws Exception {
		push("homeward_returns", RETURNS).andExpect(status().isCreated())
			.andExpect(jsonPath("$.formID").value("homeward_returns"))
			.andExpect(jsonPath("$.instanceID").value("uuid:0b7c5e0a-4c8f-4d2e-9a61-2f3b9c1d7e55"))
			.andExpect(jsonPath("$.message").value("Received: the submission is recorded."));
		// KoBo retries a push it did not see answered
		push("homeward_returns", RETURNS).andExpect(status().isAccepted())
			.andExpect(jsonPath("$.message").value("Already received: nothing changed."));
		mvc.perform(get("/api/v1/briefings").param("asOf", "2018-10-22").param("source", SOURCE))
			.andExpect(jsonPath("$.returns.refugeeReturneesByOriginCountry.LBN").value(85))
			.andExpect(jsonPath("$.returns.totalByGovernorate.SY02").value(85));
		assertThat(jdbc.sql("select version || ' ' || persons || ' ' || female || ' ' || male || ' ' || households "
				+ "from return_record where source_code = ? and record_id = ?")
			.params(SOURCE, "uuid:0b7c5e0a-4c8f-4d2e-9a61-2f3b9c1d7e55").query(String.class).list())
			.containsExactly("1 85 40 45 17");
	}

	@Test
	void takesThePushOfASubmissionThePhoneSentAlreadyAsReceived() throws Exception {
		String instance = """
				<data id="homeward_returns"><date>2018-10-19</date><category>idp_returnee</category>\
				<persons>31</persons><adm1>SY01</adm1><meta><instanceID>uuid:both-ways-1</instanceID></meta></data>""";
		mvc.perform(multipart("/openrosa/submission").file(new MockMultipartFile("xml_submission_file", "x.xml",
				"text/xml", instance.getBytes(StandardCharsets.UTF_8))).with(service()))
			.andExpect(status().isCreated());
		push("homeward_returns", """
				{"_id": 48213401, "formhub/uuid": "8f2c6f9b0e6d4a7c9b1f3e2d5a6c7b8e", "date": "2018-10-19",
				 "category": "idp_returnee", "persons": 31, "adm1": "SY01", "__version__": "vQmKz4nB7dT2sYhW3pLxE9",
				 "meta/instanceID": "uuid:both-ways-1", "_uuid": "both-ways-1", "_submission_time": "2018-10-19T11:40:00"}""")
			.andExpect(status().isAccepted());
	}

	@Test
	void recordsAnEditInKoboAsACorrectionWithItsReason() throws Exception {
		String first = RETURNS.replace("0b7c5e0a-4c8f-4d2e-9a61-2f3b9c1d7e55", "5d0e9f3a-edit-in-kobo");
		push("homeward_returns", first).andExpect(status().isCreated());
		// KoBo keeps the id of an edited submission and names the one it replaces
		String edited = first.replace("\"85\"", "\"90\"").replace("\"45\"", "\"50\"")
			.replace("\"meta/instanceID\"", "\"meta/deprecatedID\": \"uuid:5d0e9f3a-edit-in-kobo\", \"meta/instanceID\"");
		push("homeward_returns", edited).andExpect(status().isCreated());
		assertThat(jdbc.sql("select version || ' ' || persons || ' ' || coalesce(reason, '') from return_record "
				+ "where source_code = ? and record_id = 'uuid:5d0e9f3a-edit-in-kobo' order by version")
			.param(SOURCE).query(String.class).list())
			.containsExactly("1 85 ", "2 90 Edited in KoBoToolbox: replaces submission uuid:5d0e9f3a-edit-in-kobo.");
	}

	@Test
	void takesAHouseholdWhoseMembersAreAKoboRepeatAndWhoseIdIsKobosUuidOnly() throws Exception {
		push("homeward_household", """
				{
				  "_id": 48213512,
				  "formhub/uuid": "8f2c6f9b0e6d4a7c9b1f3e2d5a6c7b8e",
				  "start": "2018-10-15T09:12:40.000+03:00",
				  "end": "2018-10-15T09:21:03.000+03:00",
				  "group_return/category": "idp_returnee",
				  "group_return/returned": "2018-10-12",
				  "group_return/registered": "2018-10-15",
				  "group_return/adm1": "SY02",
				  "group_return/adm2": "SY0200",
				  "group_return/member": [
				    {"group_return/member/relationship": "head", "group_return/member/given": "Yusuf",
				     "group_return/member/father": "Ibrahim", "group_return/member/family": "Darwish",
				     "group_return/member/sex": "m", "group_return/member/birth": "1968"},
				    {"group_return/member/relationship": "spouse", "group_return/member/given": "Nour",
				     "group_return/member/family": "Darwish", "group_return/member/sex": "f",
				     "group_return/member/birth": "1972-05"}
				  ],
				  "__version__": "vR2nL8kT5wQ9mZ3xC7bH4j",
				  "_xform_id_string": "aKp3RwN8sV2dT6yF9hL4qE",
				  "_uuid": "c1d2e3f4-a5b6-4c7d-8e9f-kobo-household",
				  "_attachments": [],
				  "_status": "submitted_via_web",
				  "_geolocation": [null, null],
				  "_submission_time": "2018-10-15T06:21:30",
				  "_submitted_by": "reception_officer"
				}""").andExpect(status().isCreated())
			.andExpect(jsonPath("$.instanceID").value("uuid:c1d2e3f4-a5b6-4c7d-8e9f-kobo-household"));
		assertThat(jdbc.sql("select registration_id || ' ' || household_id || ' ' || relationship || ' ' || sex || ' ' "
				+ "|| adm2_code from registration where source_code = ? order by registration_id").param(SOURCE)
			.query(String.class).list()).containsExactly(
					"uuid:c1d2e3f4-a5b6-4c7d-8e9f-kobo-household/1 uuid:c1d2e3f4-a5b6-4c7d-8e9f-kobo-household HEAD M SY0200",
					"uuid:c1d2e3f4-a5b6-4c7d-8e9f-kobo-household/2 uuid:c1d2e3f4-a5b6-4c7d-8e9f-kobo-household SPOUSE F SY0200");
	}

	@Test
	void takesAFacilityPushWithAnApiTokenAsWell() throws Exception {
		long partnerId = jdbc.sql("select id from app_user where username = 'kobo-partner'").query(Long.class).single();
		String page = mvc.perform(post("/admin/users/" + partnerId + "/tokens").with(user("admin").roles("ADMIN"))
			.with(csrf()).param("name", "KoBo REST service")).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		Matcher shown = Pattern.compile("id=\"new-token\">(hw_[A-Za-z0-9_-]{43})<").matcher(page);
		assertThat(shown.find()).isTrue();
		mvc.perform(post("/api/v1/collect/kobo/homeward_facility").header("Authorization", "Bearer " + shown.group(1))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"_id": 48213600, "formhub/uuid": "8f2c6f9b0e6d4a7c9b1f3e2d5a6c7b8e",
					 "site/facility": "ALP-WPS-3", "site/name": "Suleiman al-Halabi pumping station",
					 "site/type": "water_pumping_station", "site/adm1": "SY02", "site/adm2": "SY0200",
					 "state/status": "works_under_way", "state/date": "2018-10-11",
					 "__version__": "vT9pW3mK6sD1fG8hJ2kL5z", "meta/instanceID": "uuid:kobo-facility-1",
					 "_uuid": "kobo-facility-1", "_submission_time": "2018-10-11T13:05:44", "_tags": [], "_notes": []}"""))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/facilities/" + SOURCE + "/ALP-WPS-3").with(service()))
			.andExpect(jsonPath("$.type").value("water_pumping_station"))
			.andExpect(jsonPath("$.settlement").value("SY0200"))
			.andExpect(jsonPath("$.events[0].id").value("uuid:kobo-facility-1"))
			.andExpect(jsonPath("$.events[0].status").value("WORKS_UNDER_WAY"))
			.andExpect(jsonPath("$.events[0].recordedBy").value("kobo-partner"));
	}

	@Test
	void refusesBadJsonNamingTheFieldAndWritesNothing() throws Exception {
		push("homeward_returns", "{\"group_count/persons\": \"12\", ").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].message").value("The body is not JSON: KoBo sends one submission as a JSON object."));
		push("homeward_returns", "[1, 2]").andExpect(status().isUnprocessableEntity());
		push("homeward_returns", """
				{"group_count/date": "2018-10-20", "group_count/persons": {"value": 12}, "group_place/adm1": ["SY02"],
				 "meta/instanceID": "uuid:kobo-refused-1"}""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].column").value("group_count/persons"))
			.andExpect(jsonPath("$.errors[0].message").value("A field's value is text or a number, not an object."))
			.andExpect(jsonPath("$.errors[1].column").value("group_place/adm1"))
			.andExpect(jsonPath("$.errors[1].message").value("A field's value is text or a number, not a list."));
		push("homeward_returns", "{\"_id\": 48213999, \"group_count/persons\": \"12\"}")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].column").value("meta/instanceID"));
		push("homeward_returns", RETURNS.replace("0b7c5e0a-4c8f-4d2e-9a61-2f3b9c1d7e55", "kobo-refused-2")
			.replace("\"group_place/origin_country\": \"LBN\",", ""))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].column").value("origin_country"));
		push("no_such_form", RETURNS).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from return_record where record_id like '%kobo-refused%'")
			.query(Long.class).single()).isZero();
		mvc.perform(post("/api/v1/collect/kobo/homeward_returns").contentType(MediaType.APPLICATION_JSON).content(RETURNS))
			.andExpect(status().isUnauthorized());
	}

	private ResultActions push(String formId, String json) throws Exception {
		// as KoBo's REST Services send it: JSON, HTTP Basic of the account the service is set up with
		return mvc.perform(post("/api/v1/collect/kobo/" + formId).contentType(MediaType.APPLICATION_JSON)
			.header("User-Agent", "KoBoToolbox external service #48213").content(json).with(service()));
	}

	private static RequestPostProcessor service() {
		return httpBasic("kobo-partner", PASSWORD);
	}
}
