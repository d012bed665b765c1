package org.homeward.registrations.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.homeward.geography.HomeCountry;
import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.SourceOfItsOwn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Credentials.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Household registrations imported as section 5 of the contract says, on the ledger kernel: every rule of the
 * other imports, and what names a person nowhere in the database in clear.
 */
@HomewardIntegrationTest
class RegistrationImportIntegrationTest {

	private static final String HEADER = """
			Id,Source,Household,Relationship,Given,Father,Grandfather,Family,Mother,Sex,Birth,National id,Category,Returned,Registered,Governorate,District,Sub-district,Community,Host country,Entry point,Void
			#meta+id,#meta+source,#household+id,#indiv+relationship,#indiv+name+given,#indiv+name+father,#indiv+name+grandfather,#indiv+name+family,#indiv+name+mother,#indiv+sex,#indiv+birth,#indiv+id+national,#affected+type,#date+return,#date+registered,#adm1+code,#adm2+code,#adm3+code,#adm4+code,#country+origin+code,#loc+entry+code,#meta+void
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataKey key;

	@Autowired
	HomeCountry homeCountry;

	@Autowired
	Clock clock;

	@SourceOfItsOwn("RG")
	String source;

	@Test
	void recordsAHouseholdAndAnswersRowsSentAgainCorrectedAndVoidedAsEveryLedgerDoes() throws Exception {
		importCsv(household("Al-Hassan")).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(3)).andExpect(jsonPath("$.unchanged").value(0));
		importCsv(household("Al-Hassan")).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.unchanged").value(3));
		importCsv(household("Al-Hasan")).andExpect(status().isOk())
			.andExpect(jsonPath("$.superseded").value(1)).andExpect(jsonPath("$.unchanged").value(2));
		importCsv(HEADER + "p3," + source + ",,,,,,,,,,,,,,,,,,,,true\n").andExpect(status().isOk())
			.andExpect(jsonPath("$.voided").value(1));

		assertThat(jdbc.sql("""
				select registration_id, version, voided, household_id, relationship, sex, category, adm3_code
				  from registration where source_code = ? order by registration_id, version""").param(source)
			.query((row, n) -> row.getString(1) + " v" + row.getInt(2) + (row.getBoolean(3) ? " voided " : " ")
					+ row.getString(4) + " " + row.getString(5) + " " + row.getString(6) + " " + row.getString(7) + " "
					+ row.getString(8))
			.list()).containsExactly("p1 v1 h1 HEAD M REFUGEE_RETURNEE SY030101",
					"p1 v2 h1 HEAD M REFUGEE_RETURNEE SY030101", "p2 v1 h1 SPOUSE F REFUGEE_RETURNEE SY030101",
					"p3 v1 h1 CHILD F REFUGEE_RETURNEE SY030101", "p3 v2 voided h1 CHILD F REFUGEE_RETURNEE SY030101");
		// what the source wrote comes back whole, in its own script, once decrypted with the key
		String latest = jdbc.sql("""
				select r.personal_data from registration r join registration_head h on h.version_id = r.id
				 where h.source_code = ? and h.registration_id = 'p1'""").param(source).query(String.class).single();
		assertThat(PersonalData.of(key.decrypt(latest))).isEqualTo(new PersonalData("محمد", "Ahmad", null, "Al-Hasan",
				null, "1980-03", "01020304050"));
	}

	@Test
	void keepsNoNameBirthDateOrIdentityNumberInClearAnywhereInTheDatabase() throws Exception {
		importCsv(household("Al-Hassan")).andExpect(status().isOk());

		for (Map<String, Object> row : jdbc.sql("select * from registration where source_code = ?").param(source)
			.query().listOfRows()) {
			String stored = row.values().toString();
			for (String secret : List.of("محمد", "Ahmad", "Al-Hassan", "Fatima", "1980-03", "01020304050", "Layla")) {
				assertThat(stored).as("a stored registration").doesNotContain(secret);
			}
		}
		String audit = jdbc.sql("select details from audit_event where action = 'registrations.imported' "
				+ "order by id desc limit 1").query(String.class).single();
		assertThat(audit).isEqualTo("{\"created\":3,\"file\":\"null\",\"rows\":3,\"superseded\":0,\"unchanged\":0,"
				+ "\"voided\":0}");
	}

	@Test
	void namesEveryProblemOfARegistrationByRowColumnAndValueAndWritesNothing() throws Exception {
		importCsv(HEADER + String.join("\n",
				"q1," + source + ",h9,cousin,Omar,,,Haddad,,m,1990,,idp_returnee,2018-10-01,2018-10-02,SY03,SY0301,SY030101,,,,",
				"q2," + source + ",h9,child,Sara,,,,,x,1985-13,,refugee_returnee,2018-10-01,2018-10-02,SY03,SY0301,SY030101,,,,",
				"q3," + source + ",h9,child,Ali,,,Haddad,,m,2031,,refugee_returnee,2018-10-01,2018-10-02,SY03,SY0301,SY030101,,SYR,,")
				+ "\n")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("7 problems were found in 3 rows; nothing was written."))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("#indiv+relationship"))
			.andExpect(jsonPath("$.errors[0].message").value("The relationship to the household's head is head, "
					+ "spouse, child, parent, sibling, grandchild or other."))
			.andExpect(jsonPath("$.errors[1].column").value("#indiv+name+family"))
			.andExpect(jsonPath("$.errors[1].message").value("The row needs this name, as the source wrote it, in "
					+ "any script."))
			.andExpect(jsonPath("$.errors[2].column").value("#indiv+birth"))
			.andExpect(jsonPath("$.errors[2].value").value("1985-13"))
			.andExpect(jsonPath("$.errors[2].message").value("A birth date is written YYYY, YYYY-MM or YYYY-MM-DD, as "
					+ "1985, 1985-03 or 1985-03-21."))
			.andExpect(jsonPath("$.errors[3].column").value("#indiv+sex"))
			.andExpect(jsonPath("$.errors[3].message").value("The sex is written f or m."))
			.andExpect(jsonPath("$.errors[4].column").value("#country+origin+code"))
			.andExpect(jsonPath("$.errors[4].message").value("A refugee_returnee row needs the ISO 3166-1 alpha-3 "
					+ "code of the host country."))
			.andExpect(jsonPath("$.errors[5].row").value(5))
			.andExpect(jsonPath("$.errors[5].column").value("#indiv+birth"))
			.andExpect(jsonPath("$.errors[5].message").value("The birth date is after today ("
					+ homeCountry.today(clock) + ")."))
			.andExpect(jsonPath("$.errors[6].column").value("#country+origin+code"))
			.andExpect(jsonPath("$.errors[6].message").value("A refugee returnee comes home from another country."));
		assertThat(jdbc.sql("select count(*) from registration where source_code = ?").param(source)
			.query(Long.class).single()).isZero();
	}

	@Test
	void recordsNamesOfTwoHundredCharactersInAScriptOfThreeBytesAChar() throws Exception {
		// every name at its longest, in Devanagari (three bytes a character in UTF-8): what the encrypted data grows to
		String name = "\u0928".repeat(RegistrationValidator.MAX_NAME_LENGTH);
		importCsv(HEADER + String.join(",", "w1", source, "h/1", "head", name, name, name, name, name, "m", "1980-03-21",
				name, "idp_returnee", "2018-10-20", "2018-10-21", "SY03", "SY0301", "SY030101", "", "", "", "") + "\n")
			.andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));

		String stored = jdbc.sql("""
				select r.personal_data from registration r join registration_head h on h.version_id = r.id
				 where h.source_code = ? and h.registration_id = 'w1'""").param(source).query(String.class).single();
		assertThat(PersonalData.of(key.decrypt(stored))).isEqualTo(new PersonalData(name, name, name, name, name,
				"1980-03-21", name));
		// a household id with a slash is an id as every ledger keeps one: a link names it percent-encoded
		assertThat(jdbc.sql("select household_id from registration where source_code = ?").param(source)
			.query(String.class).single()).isEqualTo("h/1");
	}

	@Test
	void takesTheFileAsTheMultipartFieldFileAsEveryImportDoes() throws Exception {
		mvc.perform(multipart("/api/v1/imports/registrations").file(new MockMultipartFile("file", "household.csv",
				"text/csv", household("Al-Hassan").getBytes(StandardCharsets.UTF_8))).with(admin()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.created").value(3));
	}

	@Test
	void refusesAnonymousCallers() throws Exception {
		mvc.perform(post("/api/v1/imports/registrations").contentType("text/csv").content(household("X")))
			.andExpect(status().isUnauthorized());
	}

	/** A refugee family of three come home from Lebanon: a head named in Arabic script, his wife, a daughter. */
	private String household(String family) {
		return HEADER + String.join("\n",
				"p1," + source + ",h1,head,محمد,Ahmad,," + family + ",,m,1980-03,01020304050,refugee_returnee,2018-10-20,2018-10-21,SY03,SY0301,SY030101,,LBN,,",
				"p2," + source + ",h1,spouse,Fatima,Omar,,Al-Hassan,,f,1984,,refugee_returnee,2018-10-20,2018-10-21,SY03,SY0301,SY030101,,LBN,,",
				"p3," + source + ",h1,child,Layla,محمد,,Al-Hassan,Fatima Al-Hassan,f,2010-05-02,,refugee_returnee,2018-10-20,2018-10-21,SY03,SY0301,SY030101,,LBN,,")
				+ "\n";
	}

	private ResultActions importCsv(String csv) throws Exception {
		return mvc.perform(post("/api/v1/imports/registrations").with(admin()).contentType("text/csv").content(csv));
	}
}
