package org.homeward.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Linkage on a synthetic population whose truth is known: three sources writing names in Arabic, Latin and
 * Cyrillic, with the field's noise and its hard negatives (twins, siblings, cousins, common names).
 */
class LinkageQualityTest {

	static final List<String> SOURCES = List.of("MOLA", "UNHCR", "RCRS");
	static final List<SyntheticPopulation.Place> PLACES = List.of(new SyntheticPopulation.Place("SY01", "SY0100"),
			new SyntheticPopulation.Place("SY01", "SY0101"), new SyntheticPopulation.Place("SY02", "SY0200"),
			new SyntheticPopulation.Place("SY03", "SY0301"), new SyntheticPopulation.Place("SY03", "SY0302"),
			new SyntheticPopulation.Place("SY07", "SY0700"), new SyntheticPopulation.Place("SY12", "SY1200"));
	static final List<String> HOST_COUNTRIES = List.of("LBN", "JOR", "TUR", "IRQ", "EGY");
	static final List<String> ENTRY_POINTS = List.of("EP-NASIB", "EP-JDEIDET", "EP-BAB-AL-HAWA");

	static List<LinkageRecord> records(List<SyntheticRegistration> rows) {
		List<LinkageRecord> records = new ArrayList<>(rows.size());
		for (SyntheticRegistration row : rows) {
			records.add(LinkageRecord.of(row.source(), row.id(), row.householdId(), row.given(), row.father(),
					row.grandfather(), row.family(), row.mother(), row.sex().charAt(0), row.birth(), row.nationalId(),
					row.adm1(), row.adm2(), row.returnedOn()));
		}
		return records;
	}

	static Map<String, String> personByRegistration(List<List<String>> people) {
		Map<String, String> predicted = new HashMap<>();
		for (List<String> person : people) {
			for (String registration : person) {
				predicted.put(registration, person.get(0));
			}
		}
		return predicted;
	}

	@Test
	void findsThePeopleOfTenThousandRegistrations() {
		List<SyntheticRegistration> rows = SyntheticPopulation.generate(10_000, 7, SOURCES, PLACES, HOST_COUNTRIES,
				ENTRY_POINTS);
		List<LinkageRecord> records = records(rows);
		LinkageModel model = Linkage.learn(records, 1);
		Linkage.Result result = Linkage.link(records, model);
		SyntheticPopulation.PairwiseScore score = SyntheticPopulation.score(rows,
				personByRegistration(result.people()));
		assertThat(score.f1()).isGreaterThanOrEqualTo(0.95);
		assertThat(score.arabicLatinRecall()).isGreaterThanOrEqualTo(0.90);
		// the people counted are within 2 % of the people there are
		assertThat(Math.abs(score.distinctPredicted() - score.distinctTrue()))
			.isLessThanOrEqualTo(score.distinctTrue() / 50);
		// blocking compares a small fraction of all pairs
		assertThat(result.candidatePairs()).isLessThan(10_000L * 9_999 / 2 / 1_000);
	}
}
