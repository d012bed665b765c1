package org.homeward.linkage;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The prior of a model is the chance of a match among the registrations it was learned on, and scales with them. */
class LinkageModelTest {

	private static final int[] AGREE_ON_NAMES = { 4, 4, Comparison.MISSING, 4, Comparison.MISSING, 2, 1,
			Comparison.MISSING, 1, 1 };

	@Test
	void weighsTheSameEvidenceLessAmongTenTimesTheRegistrations() {
		List<LinkageRecord> records = LinkageQualityTest.records(SyntheticPopulation.generate(10_000, 7,
				LinkageQualityTest.SOURCES, LinkageQualityTest.PLACES, LinkageQualityTest.HOST_COUNTRIES,
				LinkageQualityTest.ENTRY_POINTS));
		LinkageModel learned = LinkageModel.estimate(records, 1);
		double prior = Double.parseDouble(learned.toText().split(";")[0].split("@")[0]);
		// log2 of the prior odds falls by log2(9,999 / 99,999) when the registrations are ten times as many
		double expected = Math.log((prior * 9_999 / 99_999) / (1 - prior * 9_999 / 99_999) / (prior / (1 - prior)))
				/ Math.log(2);
		assertThat(learned.among(100_000).weight(AGREE_ON_NAMES) - learned.weight(AGREE_ON_NAMES))
			.isCloseTo(expected, within(1e-9));
		assertThat(expected).isCloseTo(-3.32, within(0.01));
		assertThat(learned.among(10_000).weight(AGREE_ON_NAMES)).isEqualTo(learned.weight(AGREE_ON_NAMES));
		assertThat(learned.toText()).startsWith(String.format(java.util.Locale.ROOT, "%.10g@10000;", prior));
	}

	@Test
	void keepsThePopulationThroughItsTextAndReadsAModelKeptWithoutOne() {
		LinkageModel priors = LinkageModel.priors();
		String kept = priors.toText();
		assertThat(kept).startsWith("0.001000000000;");
		// a model kept before the prior named its population is taken as it is, at any number of registrations
		LinkageModel old = LinkageModel.fromText(kept);
		assertThat(old.among(1_000_000).weight(AGREE_ON_NAMES)).isEqualTo(old.weight(AGREE_ON_NAMES));
		LinkageModel learned = LinkageModel.fromText(kept.replaceFirst(";", "@5000;"));
		assertThat(learned.toText()).isEqualTo(kept.replaceFirst(";", "@5000;"));
		assertThat(learned.among(50_000).weight(AGREE_ON_NAMES)).isLessThan(learned.weight(AGREE_ON_NAMES) - 3.3);
	}
}
