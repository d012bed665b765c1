package org.homeward.registrations.internal;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.SourceOfItsOwn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Credentials.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Registrations linked as imports arrive: one family registered by two sources, once in Latin letters and once in
 * Arabic script, with a birth date's day and month swapped, is three people, not six; a father and son whose
 * names mirror each other's stay two people.
 */
@HomewardIntegrationTest
class RegistrationLinkageIntegrationTest {

	private static final String HEADER = """
			Id,Source,Household,Relationship,Given,Father,Grandfather,Family,Mother,Sex,Birth,National id,Category,Returned,Registered,Governorate,District,Sub-district,Community,Host country,Entry point,Void
			#meta+id,#meta+source,#household+id,#indiv+relationship,#indiv+name+given,#indiv+name+father,#indiv+name+grandfather,#indiv+name+family,#indiv+name+mother,#indiv+sex,#indiv+birth,#indiv+id+national,#affected+type,#date+return,#date+registered,#adm1+code,#adm2+code,#adm3+code,#adm4+code,#country+origin+code,#loc+entry+code,#meta+void
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@SourceOfItsOwn("LA")
	String unhcr;

	@SourceOfItsOwn("LB")
	String office;

	@Test
	void linksAFamilyRegisteredInTwoScriptsAndKeepsAFatherAndSonApart() throws Exception {
		importCsv(HEADER + String.join("\n",
				"a1," + unhcr + ",LB-0001,head,Mohammed,Ahmad,Khalil,Al-Wardani,Fatima Darwish,m,1979-03-14,01020304050,refugee_returnee,2018-10-18,2018-10-02,SY03,,,,LBN,,",
				"a2," + unhcr + ",LB-0001,spouse,Amina,Youssef,,Al-Wardani,,f,1984,,refugee_returnee,2018-10-18,2018-10-02,SY03,,,,LBN,,",
				"a3," + unhcr + ",LB-0001,child,Layla,Mohammed,Ahmad,Al-Wardani,Amina Youssef,f,2010-05-02,,refugee_returnee,2018-10-18,2018-10-02,SY03,,,,LBN,,")
				+ "\n").andExpect(status().isOk());
		importCsv(HEADER + String.join("\n",
				"b1," + office + ",H-5512,head,محمد,أحمد,خليل,الورداني,,m,1979,01020304050,refugee_returnee,2018-10-18,2018-10-18,SY03,,,,LBN,,",
				"b2," + office + ",H-5512,spouse,آمنة,يوسف,,الورداني,,f,1984,,refugee_returnee,2018-10-18,2018-10-18,SY03,,,,LBN,,",
				"b3," + office + ",H-5512,child,ليلى,محمد,,الورداني,,f,2010-02-05,,refugee_returnee,2018-10-18,2018-10-18,SY03,,,,LBN,,",
				"b4," + office + ",H-1093,head,Ibrahim,Hussein,,Qaddourah,,m,1975,,idp_returnee,2018-10-20,2018-10-20,SY07,,,,,,",
				"b5," + office + ",H-1093,child,Hussein,Ibrahim,Hussein,Qaddourah,,m,2008,,idp_returnee,2018-10-20,2018-10-20,SY07,,,,,,")
				+ "\n").andExpect(status().isOk());

		mvc.perform(get("/api/v1/registrations/linkage").with(admin())).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("idle"));
		assertThat(people()).containsExactly(unhcr + "/a1 " + office + "/b1", unhcr + "/a2 " + office + "/b2",
				unhcr + "/a3 " + office + "/b3", office + "/b4", office + "/b5");
		figures("2018-10-22", 7).andExpect(status().isOk())
			.andExpect(jsonPath("$.registrations").value(8))
			.andExpect(jsonPath("$.people").value(5))
			.andExpect(jsonPath("$.households").value(2))
			.andExpect(jsonPath("$.inPeriod").value(5))
			.andExpect(jsonPath("$.byCategory.refugee_returnee").value(3))
			.andExpect(jsonPath("$.byCategory.idp_returnee").value(2))
			.andExpect(jsonPath("$.byDestination.SY03").value(3))
			.andExpect(jsonPath("$.byDestination.SY07").value(2))
			.andExpect(jsonPath("$.byHostCountry.LBN").value(3))
			.andExpect(jsonPath("$.byEntryPoint").isEmpty())
			.andExpect(jsonPath("$.duplicates.withinSource").value(0))
			.andExpect(jsonPath("$.duplicates.acrossSources").value(3));
		// as of a day before the second source registered the family, there were three registrations of it
		figures("2018-10-10", 7).andExpect(jsonPath("$.registrations").value(3))
			.andExpect(jsonPath("$.people").value(3)).andExpect(jsonPath("$.inPeriod").value(0));
	}

	@Test
	void keepsAPersonsIdWhileTheirRegistrationsStayAndSplitsWhatAVoidSeparates() throws Exception {
		importCsv(HEADER + "c1," + unhcr + ",J-1,head,Youssef,Omar,Salem,Al-Khatib,,m,1966-08-30,,refugee_returnee,2018-10-01,2018-10-02,SY12,,,,JOR,,\n")
			.andExpect(status().isOk());
		String before = personOf(unhcr, "c1");
		importCsv(HEADER + "d1," + office + ",K-7,head,يوسف,عمر,سالم,الخطيب,,m,1966-08-30,,refugee_returnee,2018-10-02,2018-10-03,SY12,,,,JOR,,\n")
			.andExpect(status().isOk());
		assertThat(personOf(unhcr, "c1")).isEqualTo(before);
		assertThat(personOf(office, "d1")).isEqualTo(before);

		importCsv(HEADER + "d1," + office + ",,,,,,,,,,,,,,,,,,,,true\n").andExpect(status().isOk());
		assertThat(personOf(unhcr, "c1")).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from registration_person where source_code = ?").param(office)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from registration_link_key where source_code = ?").param(office)
			.query(Long.class).single()).isZero();
	}

	@Test
	void registersAHouseholdInOneRequestAndLinksItAsAnImport() throws Exception {
		mvc.perform(post("/api/v1/registrations/households").with(admin()).contentType("application/json").content("""
				{"source": "%s", "household": "H-77", "category": "refugee_returnee", "returned": "2018-10-19",
				 "registered": "2018-10-19", "adm1": "SY03", "originCountry": "LBN",
				 "members": [
				   {"id": "e1", "relationship": "head", "given": "Fadi", "father": "Nabil", "family": "Al-Tawil",
				    "sex": "m", "birth": "1980"},
				   {"id": "e2", "relationship": "child", "given": "Rana", "father": "Fadi", "family": "Al-Tawil",
				    "sex": "x", "birth": "2009"}]}""".formatted(unhcr)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].column").value("sex"));
		mvc.perform(post("/api/v1/registrations/households").with(admin()).contentType("application/json").content("""
				{"source": "%s", "household": "H-77", "category": "refugee_returnee", "returned": "2018-10-19",
				 "registered": "2018-10-19", "adm1": "SY03", "originCountry": "LBN",
				 "members": [
				   {"id": "e1", "relationship": "head", "given": "Fadi", "father": "Nabil", "family": "Al-Tawil",
				    "sex": "m", "birth": "1980"},
				   {"id": "e2", "relationship": "child", "given": "Rana", "father": "Fadi", "family": "Al-Tawil",
				    "sex": "f", "birth": "2009"}]}""".formatted(unhcr)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2));
		importCsv(HEADER + "f1," + office + ",Q-1,head,فادي,نبيل,,الطويل,,m,1980,,refugee_returnee,2018-10-19,2018-10-20,SY03,,,,LBN,,\n")
			.andExpect(status().isOk());
		assertThat(personOf(office, "f1")).isEqualTo(personOf(unhcr, "e1"));
		assertThat(personOf(unhcr, "e2")).isNotEqualTo(personOf(unhcr, "e1"));
	}

	@Test
	void linksRegistrationsThatLackEveryNameButTheRequiredOnes() throws Exception {
		importCsv(HEADER + "g1," + unhcr + ",N-1,head,Salma,,,Haddad,,f,,,idp_returnee,2018-10-05,2018-10-06,SY07,,,,,,\n")
			.andExpect(status().isOk());
		importCsv(HEADER + "h1," + office + ",N-9,head,سلمى,,,حداد,,f,,,idp_returnee,2018-10-05,2018-10-07,SY07,,,,,,\n")
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/registrations/linkage").with(admin())).andExpect(jsonPath("$.state").value("idle"));
		assertThat(personOf(unhcr, "g1")).isNotNull();
		assertThat(personOf(office, "h1")).isNotNull();
	}

	@Test
	void showsWhoIsTheSamePersonToCoordinatorsOnly() throws Exception {
		mvc.perform(get("/api/v1/registrations/people")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/registrations/figures?asOf=2018-10-22")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/registrations/figures?asOf=2018-10-22&days=0").with(admin()))
			.andExpect(status().isBadRequest());
	}

	private List<String> people() throws Exception {
		String body = mvc.perform(get("/api/v1/registrations/people?source=" + unhcr + "&source=" + office)
			.with(admin())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<List<Map<String, String>>> people = JsonPath.read(body, "$.people[*].registrations");
		return people.stream().map(registrations -> String.join(" ", registrations.stream()
			.map(registration -> registration.get("source") + "/" + registration.get("id")).toList())).toList();
	}

	private String personOf(String source, String id) {
		return jdbc.sql("select person_id from registration_person where source_code = ? and registration_id = ?")
			.params(source, id).query(String.class).single();
	}

	private ResultActions figures(String asOf, int days) throws Exception {
		return mvc.perform(get("/api/v1/registrations/figures?asOf=" + asOf + "&days=" + days + "&source=" + unhcr
				+ "&source=" + office).with(admin()));
	}

	private ResultActions importCsv(String csv) throws Exception {
		return mvc.perform(post("/api/v1/imports/registrations").with(admin()).contentType("text/csv").content(csv));
	}
}
