package org.homeward.registrations.internal;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.SourceOfItsOwn;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Credentials.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person, named, is seen by the staff of their area only, each read audited; a coordinator's decision splits or
 * joins registrations and can be withdrawn; an erasure takes the names and leaves the counts.
 */
@HomewardIntegrationTest
class PersonReadsIntegrationTest {

	private static final String HEADER = """
			Id,Source,Household,Relationship,Given,Father,Grandfather,Family,Mother,Sex,Birth,National id,Category,Returned,Registered,Governorate,District,Sub-district,Community,Host country,Entry point,Void
			#meta+id,#meta+source,#household+id,#indiv+relationship,#indiv+name+given,#indiv+name+father,#indiv+name+grandfather,#indiv+name+family,#indiv+name+mother,#indiv+sex,#indiv+birth,#indiv+id+national,#affected+type,#date+return,#date+registered,#adm1+code,#adm2+code,#adm3+code,#adm4+code,#country+origin+code,#loc+entry+code,#meta+void
			""";
	private static final String PASSWORD = "person-reads-password";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@SourceOfItsOwn("PA")
	String first;

	@SourceOfItsOwn("PB")
	String second;

	@BeforeEach
	void usersOfTwoAreasAnAnalystAndAPartner() {
		if (jdbc.sql("select count(*) from app_user where username = 'persons-sy03'").query(Long.class).single() > 0) {
			return;
		}
		TestUsers.insert(jdbc, "persons-sy03", PASSWORD, "DATA_OFFICER", "SY03", null);
		TestUsers.insert(jdbc, "persons-sy02", PASSWORD, "DATA_OFFICER", "SY02", null);
		TestUsers.insert(jdbc, "persons-analyst", PASSWORD, "ANALYST", null, null);
	}

	@Test
	void showsAPersonToTheStaffOfTheAreaOnlyAndAuditsEachRead() throws Exception {
		String person = aPersonRegisteredTwice("Marwan,Adnan,Fawzi,Al-Sabbagh", "مروان,عدنان,فوزي,الصباغ");

		mvc.perform(get("/api/v1/registrations/people/" + person).with(admin())).andExpect(status().isOk())
			.andExpect(jsonPath("$.registrations.length()").value(2))
			.andExpect(jsonPath("$.registrations[0].names.given").value("Marwan"))
			.andExpect(jsonPath("$.registrations[1].names.given").value("مروان"))
			.andExpect(jsonPath("$.registrations[1].names.birth").value("1961"));
		mvc.perform(get("/api/v1/registrations/people/" + person).with(as("persons-sy03"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/registrations/people/" + person).with(as("persons-sy02")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/registrations/people/" + person).with(as("persons-analyst")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/registrations/people/" + person)).andExpect(status().isUnauthorized());
		assertThat(jdbc.sql("select actor from audit_event where action = 'registrations.person.read' and "
				+ "subject_id = ? order by id").param(person).query(String.class).list())
			.containsExactly("admin", "persons-sy03");

		// what an analyst may read names no one
		String figures = mvc.perform(get("/api/v1/registrations/figures?asOf=2018-10-22&source=" + first)
			.with(as("persons-analyst"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(figures).doesNotContain("Marwan").doesNotContain("مروان").doesNotContain("1961");
	}

	@Test
	void splitsAndJoinsAgainAsACoordinatorDecidesKeepingTheOlderId() throws Exception {
		String person = aPersonRegisteredTwice("Ziad,Hisham,Nabil,Al-Najjar", "زياد,هشام,نبيل,النجار");
		String decision = decide(false, "two brothers of the same name, seen at the crossing").andExpect(
				status().isCreated()).andReturn().getResponse().getContentAsString();
		assertThat(personOf(first, "m1")).isEqualTo(person);
		assertThat(personOf(second, "n1")).isNotEqualTo(person);
		mvc.perform(get("/api/v1/registrations/reviews").with(admin())).andExpect(status().isOk());

		long id = ((Number) JsonPath.read(decision, "$.id")).longValue();
		mvc.perform(delete("/api/v1/registrations/decisions/" + id).with(admin())).andExpect(status().isBadRequest());
		mvc.perform(delete("/api/v1/registrations/decisions/" + id + "?reason=entered on the wrong pair").with(admin()))
			.andExpect(status().isOk());
		assertThat(personOf(first, "m1")).isEqualTo(person);
		assertThat(personOf(second, "n1")).isEqualTo(person);
		assertThat(jdbc.sql("select action from audit_event where subject_type = 'registration-decision' and subject_id = ? order by id").param(Long.toString(id))
			.query(String.class).list()).containsExactly("registrations.decision.recorded",
					"registrations.decision.withdrawn");
		decide(null, "no word").andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/registrations/decisions").with(as("persons-sy03")).contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isForbidden());
	}

	@Test
	void erasesTheNamesOnALawfulRequestAndKeepsTheCounts() throws Exception {
		String person = aPersonRegisteredTwice("Tarek,Samir,Adel,Al-Haddad", "طارق,سمير,عادل,الحداد");
		String before = mvc.perform(get("/api/v1/registrations/figures?asOf=2018-10-22&source=" + first + "&source="
				+ second).with(admin())).andReturn().getResponse().getContentAsString();

		mvc.perform(delete("/api/v1/registrations/people/" + person).with(admin())).andExpect(status().isBadRequest());
		mvc.perform(delete("/api/v1/registrations/people/" + person).with(as("persons-sy03")))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/registrations/people/" + person + "?reason=request 2018-117 of the person")
			.with(admin())).andExpect(status().isOk()).andExpect(jsonPath("$.erasedVersions").value(2));

		assertThat(mvc.perform(get("/api/v1/registrations/figures?asOf=2018-10-22&source=" + first + "&source="
				+ second).with(admin())).andReturn().getResponse().getContentAsString()).isEqualTo(before);
		mvc.perform(get("/api/v1/registrations/people/" + person + "/export").with(admin())).andExpect(status().isOk())
			.andExpect(jsonPath("$.registrations[0].names").doesNotExist());
		assertThat(jdbc.sql("select distinct personal_data from registration where source_code in (?, ?)")
			.params(first, second).query(String.class).list()).containsExactly(PersonRecords.ERASED);
		assertThat(jdbc.sql("select reason from audit_event where action = 'registrations.person.erased' and "
				+ "subject_id = ?").param(person).query(String.class).list())
			.containsExactly("request 2018-117 of the person");

		// the source sends its file again, the birth date corrected: the names stay erased, the person one
		mvc.perform(post("/api/v1/imports/registrations").with(admin()).contentType("text/csv").content(HEADER + "m1,"
				+ first + ",H1,head,Tarek,Samir,Adel,Al-Haddad,,m,1961-04-21,,refugee_returnee,2018-10-15,2018-10-16,"
				+ "SY03,,,,LBN,,\n")).andExpect(status().isOk()).andExpect(jsonPath("$.superseded").value(1));
		assertThat(jdbc.sql("select distinct personal_data from registration where source_code in (?, ?)")
			.params(first, second).query(String.class).list()).containsExactly(PersonRecords.ERASED);
		assertThat(jdbc.sql("select count(*) from registration_link_key where source_code in (?, ?)")
			.params(first, second).query(Long.class).single()).isZero();
		assertThat(personOf(first, "m1")).isEqualTo(person);
		assertThat(personOf(second, "n1")).isEqualTo(person);
		assertThat(mvc.perform(get("/api/v1/registrations/figures?asOf=2018-10-22&source=" + first + "&source="
				+ second).with(admin())).andReturn().getResponse().getContentAsString()).isEqualTo(before);
	}

	/**
	 * A man registered in Latin letters by one source and in Arabic script by another: one person (each test has a
	 * man of its own, so that tests sharing the database link none of each other's).
	 */
	private String aPersonRegisteredTwice(String names, String namesInArabic) throws Exception {
		importCsv(HEADER + "m1," + first + ",H1,head," + names + ",,m,1961-04-12,,refugee_returnee,2018-10-15,2018-10-16,SY03,,,,LBN,,\n");
		importCsv(HEADER + "n1," + second + ",K1,head," + namesInArabic + ",,m,1961,,refugee_returnee,2018-10-15,2018-10-17,SY03,,,,LBN,,\n");
		String person = personOf(first, "m1");
		assertThat(personOf(second, "n1")).isEqualTo(person);
		return person;
	}

	private ResultActions decide(Boolean samePerson, String reason) throws Exception {
		return mvc.perform(post("/api/v1/registrations/decisions").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"a\": {\"source\": \"" + first + "\", \"id\": \"m1\"}, \"b\": {\"source\": \"" + second
					+ "\", \"id\": \"n1\"}, \"samePerson\": " + samePerson + ", \"reason\": \"" + reason + "\"}"));
	}

	private String personOf(String source, String id) {
		return jdbc.sql("select person_id from registration_person where source_code = ? and registration_id = ?")
			.params(source, id).query(String.class).single();
	}

	private static RequestPostProcessor as(String username) {
		return httpBasic(username, PASSWORD);
	}

	private void importCsv(String csv) throws Exception {
		mvc.perform(post("/api/v1/imports/registrations").with(admin()).contentType("text/csv").content(csv))
			.andExpect(status().isOk());
	}
}
