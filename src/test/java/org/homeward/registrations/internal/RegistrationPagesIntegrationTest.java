package org.homeward.registrations.internal;

import java.nio.charset.StandardCharsets;

import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.SourceOfItsOwn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Credentials.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A coordinator compares two registrations side by side, each read audited, and decides; in three languages. */
@HomewardIntegrationTest
class RegistrationPagesIntegrationTest {

	private static final String HEADER = """
			Id,Source,Household,Relationship,Given,Father,Grandfather,Family,Mother,Sex,Birth,National id,Category,Returned,Registered,Governorate,District,Sub-district,Community,Host country,Entry point,Void
			#meta+id,#meta+source,#household+id,#indiv+relationship,#indiv+name+given,#indiv+name+father,#indiv+name+grandfather,#indiv+name+family,#indiv+name+mother,#indiv+sex,#indiv+birth,#indiv+id+national,#affected+type,#date+return,#date+registered,#adm1+code,#adm2+code,#adm3+code,#adm4+code,#country+origin+code,#loc+entry+code,#meta+void
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@SourceOfItsOwn("QA")
	String first;

	@SourceOfItsOwn("QB")
	String second;

	@Test
	void comparesTwoRegistrationsSideBySideAuditsEachReadAndRecordsTheDecision() throws Exception {
		mvc.perform(post("/api/v1/imports/registrations").with(admin()).contentType("text/csv").content(HEADER
				+ "r1," + first + ",F1,head,Nizar,Walid,Anwar,Al-Masri,,m,1970-06-01,,idp_returnee,2018-10-11,2018-10-12,SY07,,,,,,\n"))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/imports/registrations").with(admin()).contentType("text/csv").content(HEADER
				+ "s1," + second + ",G1,head,نزار,وليد,أنور,المصري,,m,1970,,idp_returnee,2018-10-11,2018-10-13,SY07,,,,,,\n"))
			.andExpect(status().isOk());
		String a = first + "/r1";
		String b = second + "/s1";

		String page = mvc.perform(get("/registrations/compare").param("a", a).param("b", b)
				.header("Accept-Language", "ar").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("شخص واحد أم شخصان؟", "<td dir=\"auto\">Nizar</td><td dir=\"auto\">نزار</td>",
				"<td dir=\"auto\">Al-Masri</td><td dir=\"auto\">المصري</td>", "<bdi>" + a + "</bdi>");
		assertThat(jdbc.sql("select subject_id from audit_event where action = 'registrations.registration.read' "
				+ "and subject_id in (?, ?) order by id").params(a, b).query(String.class).list())
			.containsExactly(a, b);

		mvc.perform(post("/registrations/decisions").param("a", a).param("b", b).param("samePerson", "false")
				.param("reason", "two cousins of the same name").with(csrf()).with(user("admin").roles("ADMIN")))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/registrations"));
		assertThat(jdbc.sql("select count(distinct person_id) from registration_person where source_code in (?, ?)")
			.params(first, second).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void showsRegistrationsAgainstPeopleInRussianWithNoEnglishWord() throws Exception {
		String page = mvc.perform(get("/registrations").param("asOf", "2018-10-22").header("Accept-Language", "ru")
				.with(user("coordinator").roles("COORDINATOR")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Регистрации и люди", "Зарегистрированы повторно другим источником",
				"На проверку: один человек или двое?").doesNotContain("Registered again", "people in");
		mvc.perform(get("/registrations").with(user("analyst").roles("ANALYST"))).andExpect(status().isForbidden());
	}
}
