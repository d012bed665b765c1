package org.homeward.linkage;

/** Two registrations compared, with the match weight and probability of their being the same person. */
public record ScoredPair(String a, String b, double weight) {

	public double probability() {
		return LinkageModel.probability(weight);
	}
}
