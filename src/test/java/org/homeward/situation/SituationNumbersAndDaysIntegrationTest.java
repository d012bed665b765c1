package org.homeward.situation;

import org.homeward.support.HomewardIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Credentials.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The situation's numbers fit their columns (persons a whole number an integer holds, a quantity 14 digits with two
 * decimals) and its days lie from 1900-01-01 on; anything else is refused naming the field, never cut or shifted.
 */
@HomewardIntegrationTest
class SituationNumbersAndDaysIntegrationTest {

	static final String AID = """
			{"deliveredOn": "2018-10-20", "place": "SY04", "what": "flour", "quantity": QUANTITY, "unit": "t",
			 "deliveredBy": "SARC", "source": "OCHA"}""";
	static final String QUANTITY_MESSAGE = "A quantity is a number from 0 to 999999999999.99, with at most two decimals.";
	static final String PERSONS_MESSAGE = "A population estimate is a whole number of persons, from 0 to 2147483647.";
	static final String DAY_MESSAGE = "The day must be from 1900-01-01 to 9999-12-31.";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void refusesAQuantityItsColumnCannotHoldNamingTheField() throws Exception {
		long before = count("aid_delivery");
		for (String[] quantity : new String[][] { { "1e999", "1E+999" }, { "-1", "-1" }, { "0.001", "0.001" },
				{ "1000000000000", "1000000000000" }, { "\"1e999\"", "1E+999" } }) {
			send("/api/v1/aid-deliveries", AID.replace("QUANTITY", quantity[0]))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors.length()").value(1))
				.andExpect(jsonPath("$.errors[0].column").value("quantity"))
				.andExpect(jsonPath("$.errors[0].value").value(quantity[1]))
				.andExpect(jsonPath("$.errors[0].message").value(QUANTITY_MESSAGE));
		}
		send("/api/v1/aid-deliveries", AID.replace("QUANTITY", "NaN")).andExpect(status().isBadRequest());
		assertThat(count("aid_delivery")).isEqualTo(before);
		send("/api/v1/aid-deliveries", AID.replace("QUANTITY", "999999999999.99"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.quantity").value(999999999999.99));
	}

	@Test
	void refusesAPopulationThatIsNoWholeNumberOfPersons() throws Exception {
		long before = count("camp_population");
		for (String[] persons : new String[][] { { "1e999", "1E+999" }, { "2.5", "2.5" }, { "-1", "-1" },
				{ "2147483648", "2147483648" }, { "\"2.5\"", "2.5" } }) {
			send("/api/v1/camps/RUKBAN/population", """
					{"source": "UNHCR", "estimatedOn": "2018-09-01", "persons": %s}""".formatted(persons[0]))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors.length()").value(1))
				.andExpect(jsonPath("$.errors[0].column").value("persons"))
				.andExpect(jsonPath("$.errors[0].value").value(persons[1]))
				.andExpect(jsonPath("$.errors[0].message").value(PERSONS_MESSAGE));
		}
		assertThat(count("camp_population")).isEqualTo(before);
		send("/api/v1/camps/RUKBAN/population", """
				{"source": "UNHCR", "estimatedOn": "1900-01-01", "persons": 2147483647}""")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.persons").value(2147483647));
	}

	@Test
	void refusesYearZeroInEveryDayOfTheSituation() throws Exception {
		long before = count("camp_population") + count("camp_access") + count("legal_act") + count("coordination_action")
				+ count("aid_delivery");
		refused(send("/api/v1/camps/RUKBAN/population", """
				{"source": "UNHCR", "estimatedOn": "0000-01-01", "persons": 5}"""), "estimatedOn");
		refused(send("/api/v1/camps/RUKBAN/access", """
				{"source": "OCHA", "since": "0000-01-01", "status": "granted"}"""), "since");
		refused(send("/api/v1/legal-acts", """
				{"title": "Decree", "kind": "decree", "signedOn": "0000-01-01", "source": "JCHQ"}"""), "signedOn");
		refused(send("/api/v1/coordination-actions", """
				{"kind": "meeting", "title": "Meeting", "status": "planned", "plannedOn": "0000-01-01", "source": "JCHQ"}"""),
				"plannedOn");
		refused(send("/api/v1/coordination-actions", """
				{"kind": "meeting", "title": "Meeting", "status": "done", "happenedOn": "0000-01-01", "source": "JCHQ"}"""),
				"happenedOn");
		refused(send("/api/v1/aid-deliveries", AID.replace("2018-10-20", "0000-01-01").replace("QUANTITY", "1")),
				"deliveredOn");
		assertThat(count("camp_population") + count("camp_access") + count("legal_act") + count("coordination_action")
				+ count("aid_delivery")).isEqualTo(before);
	}

	private static void refused(ResultActions answer, String field) throws Exception {
		answer.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].column").value(field))
			.andExpect(jsonPath("$.errors[0].value").value("0000-01-01"))
			.andExpect(jsonPath("$.errors[0].message").value(DAY_MESSAGE));
	}

	private ResultActions send(String path, String json) throws Exception {
		return mvc.perform(post(path).with(admin()).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}
