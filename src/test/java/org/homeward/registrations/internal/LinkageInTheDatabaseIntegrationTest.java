package org.homeward.registrations.internal;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.homeward.linkage.InstancePopulation;
import org.homeward.linkage.Linkage;
import org.homeward.linkage.LinkageModel;
import org.homeward.linkage.SyntheticPopulation;
import org.homeward.linkage.SyntheticRegistration;
import org.homeward.support.DatabaseOfItsOwn;
import org.homeward.support.HomewardIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Credentials.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The linkage the server runs over its stored keys, chunk by chunk, finds the people the linkage library finds with
 * every registration in memory: the same blocks, the same names' counts, the same weights and the same groups. An
 * import larger than a chunk is the case that once differed (names counted again in each chunk).
 */
@HomewardIntegrationTest
class LinkageInTheDatabaseIntegrationTest {

	@DynamicPropertySource
	static void databaseOfItsOwn(DynamicPropertyRegistry registry) {
		DatabaseOfItsOwn.register(registry, "linkage_identity");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void findsThePeopleTheLibraryFindsInMemory() throws Exception {
		List<SyntheticRegistration> rows = InstancePopulation.generate(6_500, 7, List.of("JCHQ", "UNHCR", "IOM"));
		StringWriter csv = new StringWriter();
		SyntheticPopulation.writeCsv(rows, csv);
		mvc.perform(post("/api/v1/imports/registrations").with(admin()).contentType("text/csv").content(csv.toString()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.created").value(6_500));

		LinkageModel model = LinkageModel.fromText(jdbc.sql("select model from registration_linkage_run")
			.query(String.class).single());
		Linkage.Result inMemory = Linkage.link(InstancePopulation.records(rows), model);
		long candidates = jdbc.sql("select candidate_pairs from registration_linkage_run").query(Long.class).single();

		assertThat(candidates).isEqualTo(inMemory.candidatePairs());
		assertThat(peopleInTheDatabase()).isEqualTo(asSets(inMemory.people()));
		assertThat(peopleInTheDatabase()).hasSizeLessThan(6_500).hasSizeGreaterThan(3_000);
	}

	private Set<Set<String>> peopleInTheDatabase() {
		Map<String, Set<String>> people = new HashMap<>();
		jdbc.sql("select source_code, registration_id, person_id from registration_person")
			.query((row, n) -> people.computeIfAbsent(row.getString(3), p -> new TreeSet<>())
				.add(row.getString(1) + "/" + row.getString(2)))
			.list();
		return new HashSet<>(people.values());
	}

	private static Set<Set<String>> asSets(List<List<String>> people) {
		Set<Set<String>> sets = new HashSet<>();
		people.forEach(person -> sets.add(new TreeSet<>(person)));
		return sets;
	}
}
