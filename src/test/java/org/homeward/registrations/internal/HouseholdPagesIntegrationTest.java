package org.homeward.registrations.internal;

import java.nio.charset.StandardCharsets;

import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.SourceOfItsOwn;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A data officer at a crossing registers a family in one form: places chosen by name among those of their area,
 * the head and each member on a line; a refused form keeps what was typed and names the member and the field; the
 * same form sent twice records the family once.
 */
@HomewardIntegrationTest
class HouseholdPagesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@SourceOfItsOwn("HP")
	String source;

	@BeforeEach
	void anOfficerOfIdleb() {
		if (jdbc.sql("select count(*) from app_user where username = 'household-idleb'").query(Long.class).single() == 0) {
			TestUsers.insert(jdbc, "household-idleb", "unused-password", "DATA_OFFICER", "SY07", null);
		}
	}

	@Test
	void offersThePlacesOfTheOfficersAreaByNameInArabic() throws Exception {
		String page = mvc.perform(get("/registrations/new").header("Accept-Language", "ar")
				.with(user("household-idleb").roles("DATA_OFFICER")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("تسجيل أسرة", "رقم الأسرة", "أفراد الأسرة", "رب الأسرة",
				"<option value=\"SY0703\">حارم</option>", "<optgroup label=\"إدلب\">")
			.doesNotContain("SY0100", "Register", "Household number");
		assertThat(page.split("name=\"given\"", -1)).hasSize(HouseholdPages.MEMBER_LINES + 1);
	}

	@Test
	void registersTheHeadAndEachMemberOnceHoweverOftenTheFormIsSent() throws Exception {
		mvc.perform(household("HH-7").with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/registrations/new"))
			.andExpect(flash().attribute("registered", java.util.List.of("HH-7", 3, 3L)));
		mvc.perform(household("HH-7").with(csrf())).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("registered", java.util.List.of("HH-7", 3, 0L)));

		assertThat(jdbc.sql("select h.registration_id || ':' || r.relationship || ':' || r.sex || ':' || r.adm2_code "
				+ "from registration_head h join registration r on r.id = h.version_id where h.source_code = ? "
				+ "order by h.registration_id").param(source).query(String.class).list())
			.containsExactly("HH-7-1:HEAD:M:SY0703", "HH-7-2:SPOUSE:F:SY0703", "HH-7-3:CHILD:F:SY0703");
		assertThat(jdbc.sql("select count(*) from registration where source_code = ?").param(source)
			.query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void aRefusedFormNamesTheMemberAndFieldAndWritesNothing() throws Exception {
		String page = mvc.perform(household("HH-8", "1980", "1984-14-02", "2012-07-19", "").with(csrf())
				.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("value=\"Fatima\"", "value=\"1984-14-02\"", "aria-invalid=\"true\"", "Member 2 · Born: ");
		assertThat(jdbc.sql("select count(*) from registration where source_code = ?").param(source)
			.query(Long.class).single()).isZero();
	}

	@Test
	void isTheDataOfficersAndCoordinatorsNotTheAnalysts() throws Exception {
		mvc.perform(get("/registrations/new").with(user("analyst").roles("ANALYST"))).andExpect(status().isForbidden());
		mvc.perform(household("HH-9").with(csrf()).with(user("analyst").roles("ANALYST")))
			.andExpect(status().isForbidden());
		mvc.perform(household("HH-9")).andExpect(status().isForbidden());
	}

	/** The form as the browser sends it: every line's fields, the empty lines' too, in order. */
	private MockHttpServletRequestBuilder household(String number) {
		return household(number, "1980", "1984-03", "2012-07-19", "");
	}

	private MockHttpServletRequestBuilder household(String number, String... births) {
		return post("/registrations/households").with(user("household-idleb").roles("DATA_OFFICER"))
			.param("source", source).param("household", number).param("category", "refugee_returnee")
			.param("returned", "2018-10-20").param("registered", "2018-10-21").param("adm1", "SY07")
			.param("adm2", "SY0703").param("originCountry", "TUR").param("entryPoint", "")
			.param("relationship", "head", "spouse", "child", "child")
			.param("given", "Khaled", "Fatima", "Rama", "")
			.param("father", "Omar", "Hassan", "Khaled", "")
			.param("grandfather", "", "", "Omar", "")
			.param("family", "Al-Hamwi", "Al-Ali", "Al-Hamwi", "")
			.param("mother", "", "", "Fatima", "")
			.param("sex", "m", "f", "f", "")
			.param("birth", births)
			.param("nationalId", "", "", "", "");
	}
}
