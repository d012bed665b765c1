package org.homeward.linkage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * The Fellegi–Sunter model: for each field and level of agreement, m, the probability of that level among pairs
 * that are the same person, and u, among pairs that are not; a pair's match weight is the sum of log2(m/u) over its
 * fields and the prior log-odds of a match. As Splink does, u is learned from random pairs of registrations (almost
 * all of which are different people) and m and the prior by expectation–maximisation over the candidate pairs.
 * Agreement on a name is weighed by how common the name is ({@link TermFrequencies}), among enough registrations
 * for that to mean something.
 */
public final class LinkageModel {

	private static final Comparison[] FIELDS = Comparison.values();
	private static final int ITERATIONS = 30;
	private static final int RANDOM_PAIRS = 500_000;
	/** Most pairs a training session weighs: enough for the shares, few enough to learn in seconds. */
	private static final int TRAINING_PAIRS = 2_000_000;
	/**
	 * The largest block of three shared names whose pairs teach the other fields' m: in larger ones, namesakes
	 * outnumber the registrations of one person so far that expectation–maximisation takes them for its matches.
	 */
	private static final int TRAINING_BLOCK = 50;
	/** The most, in bits, that how common a name is moves a pair's weight, either way. */
	private static final double MOST_ADJUSTED = 4;

	private final double[][] m;
	private final double[][] u;
	private final double prior;
	/** How many registrations the prior is the chance of a match among (0: as it is, at any number). */
	private final long population;

	private LinkageModel(double[][] m, double[][] u, double prior, long population) {
		this.m = m;
		this.u = u;
		this.prior = prior;
		this.population = population;
	}

	/**
	 * The model for a linkage among this many registrations. A registration has about as many other registrations
	 * of the same person wherever it is held, so the chance that two registrations taken at random are one person
	 * falls as the registrations grow: a prior learned on 100,000 of them would link namesakes among a million.
	 */
	public LinkageModel among(long registrations) {
		if (population < 2 || registrations < 2 || registrations == population) {
			return this;
		}
		double scaled = Math.min(Math.max(prior * (population - 1) / (registrations - 1), 1e-12), 0.5);
		return new LinkageModel(m, u, scaled, registrations);
	}

	/**
	 * What a model holds before it has seen data: values of the order that models learned on registrations show,
	 * for a first link of a few registrations.
	 */
	public static LinkageModel priors() {
		double[][] m = { { 0.03, 0.04, 0.08, 0.20, 0.65 }, { 0.04, 0.04, 0.08, 0.19, 0.65 },
				{ 0.05, 0.04, 0.08, 0.18, 0.65 }, { 0.03, 0.04, 0.08, 0.20, 0.65 }, { 0.10, 0.20, 0.70 },
				{ 0.03, 0.07, 0.15, 0.05, 0.15, 0.55 }, { 0.02, 0.98 }, { 0.05, 0.05, 0.90 }, { 0.05, 0.25, 0.70 },
				{ 0.05, 0.15, 0.30, 0.50 } };
		double[][] u = { { 0.95, 0.03, 0.005, 0.01, 0.005 }, { 0.95, 0.03, 0.005, 0.01, 0.005 },
				{ 0.95, 0.03, 0.005, 0.01, 0.005 }, { 0.96, 0.025, 0.004, 0.007, 0.004 }, { 0.97, 0.02, 0.01 },
				{ 0.94, 0.03, 0.02, 0.001, 0.005, 0.004 }, { 0.5, 0.5 }, { 0.9999, 0.00005, 0.00005 },
				{ 0.85, 0.12, 0.03 }, { 0.6, 0.25, 0.1, 0.05 } };
		return new LinkageModel(m, u, 0.001, 0);
	}

	/**
	 * A model learned from the records, as Splink trains one: u from random pairs; m by expectation–maximisation
	 * in two sessions, each over the pairs that agree on some fields and learning the others (pairs that share the
	 * given, father's and family names teach the weight of a birth date, a sex, a place; pairs that share a birth
	 * date and sex teach the weight of the names); the prior, with m and u held, from the share of matches among
	 * pairs that share the three names, over the share of matches that agree on them, as a share of all pairs.
	 */
	public static LinkageModel estimate(List<LinkageRecord> records, long seed) {
		double[][] u = randomPairs(records, seed);
		LinkageModel priors = priors();
		double[][] m = new double[FIELDS.length][];
		for (int f = 0; f < FIELDS.length; f++) {
			m[f] = priors.m[f].clone();
		}
		Set<Comparison> names = EnumSet.of(Comparison.GIVEN, Comparison.FATHER, Comparison.FAMILY);
		Collection<List<LinkageRecord>> threeNames = blocks(records, record -> joined(record.givenSkeleton(),
				record.fatherSkeleton(), record.familySkeleton()));
		Session byNames = session(pairs(threeNames, seed, TRAINING_BLOCK).pairs(), m, u, names);
		Set<Comparison> birth = EnumSet.of(Comparison.BIRTH, Comparison.SEX);
		Session byBirth = session(pairs(blocks(records, record -> record.birth() == null || record.birth().day() == 0
				? null : record.birth().year() + "-" + record.birth().month() + "-" + record.birth().day() + record.sex()),
				seed, Blocking.LARGEST_BLOCK).pairs(), m, u, birth);
		Set<Comparison> nameFields = EnumSet.of(Comparison.GIVEN, Comparison.FATHER, Comparison.GRANDFATHER,
				Comparison.FAMILY, Comparison.MOTHER);
		for (int f = 0; f < FIELDS.length; f++) {
			boolean byBirthLearns = !birth.contains(FIELDS[f]) && byBirth.pairs() > 0;
			boolean byNamesLearns = !names.contains(FIELDS[f]) && byNames.pairs() > 0;
			if (nameFields.contains(FIELDS[f]) && byBirthLearns) {
				m[f] = byBirth.m()[f];
			}
			else if (byNamesLearns) {
				m[f] = byNames.m()[f];
			}
			else if (byBirthLearns) {
				m[f] = byBirth.m()[f];
			}
		}
		long n = records.size();
		double allPairs = Math.max(1, n * (n - 1) / 2.0);
		double withFather = records.stream().filter(record -> record.father() != null).count() / (double) Math.max(1, n);
		double agreeing = atLeast(m, Comparison.GIVEN, 3) * atLeast(m, Comparison.FATHER, 3)
				* atLeast(m, Comparison.FAMILY, 3) * withFather * withFather;
		Training namesAgree = pairs(threeNames, seed, Blocking.LARGEST_BLOCK);
		double matches = namesAgree.pairs().isEmpty() ? n * 0.3
				: shareOfMatches(namesAgree.pairs(), m, u, names) * namesAgree.pairs().size() / namesAgree.share()
						/ Math.max(agreeing, 1e-3);
		double prior = Math.min(Math.max(matches / allPairs, 1e-12), 0.5);
		return new LinkageModel(m, u, prior, n);
	}

	/**
	 * The share of matches among pairs that all agree on the held fields, the model's m and u held: among many
	 * registrations, most pairs that share three common names are namesakes, and only the other fields tell.
	 */
	private static double shareOfMatches(List<int[]> pairs, double[][] m, double[][] u, Set<Comparison> held) {
		double[] evidence = new double[pairs.size()];
		for (int p = 0; p < pairs.size(); p++) {
			int[] levels = pairs.get(p);
			for (int f = 0; f < FIELDS.length; f++) {
				if (levels[f] != Comparison.MISSING && !held.contains(FIELDS[f])) {
					evidence[p] += log2(m[f][levels[f]] / u[f][levels[f]]);
				}
			}
		}
		double share = 0.5;
		for (int iteration = 0; iteration < ITERATIONS; iteration++) {
			double matched = 0;
			for (double weight : evidence) {
				matched += probability(weight + log2(share / (1 - share)));
			}
			share = Math.min(Math.max(matched / evidence.length, 1e-9), 1 - 1e-9);
		}
		return share;
	}

	private static double atLeast(double[][] m, Comparison field, int level) {
		double share = 0;
		for (int l = level; l < m[field.ordinal()].length; l++) {
			share += m[field.ordinal()][l];
		}
		return share;
	}

	private static String joined(String... parts) {
		for (String part : parts) {
			if (part == null) {
				return null;
			}
		}
		return String.join("|", parts);
	}

	/** The records that share a key, block by block (none for a null key). */
	private static Collection<List<LinkageRecord>> blocks(List<LinkageRecord> records,
			Function<LinkageRecord, String> key) {
		Map<String, List<LinkageRecord>> blocks = new HashMap<>();
		for (LinkageRecord record : records) {
			String value = key.apply(record);
			if (value != null) {
				blocks.computeIfAbsent(value, k -> new ArrayList<>(2)).add(record);
			}
		}
		return blocks.values();
	}

	/**
	 * The comparison levels of the pairs of blocks up to a size, each pair once: all of them, or where they are
	 * more than a session weighs, a sample drawn evenly from every block, so that the common names' blocks teach
	 * as much as their share.
	 */
	private static Training pairs(Collection<List<LinkageRecord>> blocks, long seed, int largestBlock) {
		List<List<LinkageRecord>> compared = blocks.stream()
			.filter(block -> block.size() > 1 && block.size() <= largestBlock).toList();
		long all = 0;
		for (List<LinkageRecord> block : compared) {
			all += (long) block.size() * (block.size() - 1) / 2;
		}
		double share = Math.min(1, TRAINING_PAIRS / (double) Math.max(1, all));
		SplittableRandom random = new SplittableRandom(seed);
		List<int[]> pairs = new ArrayList<>();
		for (List<LinkageRecord> block : compared) {
			for (int i = 0; i < block.size(); i++) {
				for (int j = i + 1; j < block.size(); j++) {
					if ((share == 1 || random.nextDouble() < share)
							&& !block.get(i).household().equals(block.get(j).household())) {
						pairs.add(Comparison.levels(block.get(i), block.get(j)));
					}
				}
			}
		}
		return new Training(pairs, share);
	}

	/** Pairs a session weighs, and what share of the pairs of its blocks they are. */
	private record Training(List<int[]> pairs, double share) {
	}

	private record Session(double[][] m, long pairs) {
	}

	/**
	 * Expectation–maximisation over pairs that all agree on the held fields: those say nothing inside the session
	 * and are left out of its weights; the others' m and the share of matches are learned, u held.
	 */
	private static Session session(List<int[]> pairs, double[][] start, double[][] u, Set<Comparison> held) {
		double[][] m = new double[FIELDS.length][];
		for (int f = 0; f < FIELDS.length; f++) {
			m[f] = start[f].clone();
		}
		double share = 0.5;
		for (int iteration = 0; iteration < ITERATIONS && !pairs.isEmpty(); iteration++) {
			double[][] counts = new double[FIELDS.length][];
			for (int f = 0; f < FIELDS.length; f++) {
				counts[f] = new double[FIELDS[f].levels()];
			}
			double matched = 0;
			for (int[] levels : pairs) {
				double weight = log2(share / (1 - share));
				for (int f = 0; f < FIELDS.length; f++) {
					if (levels[f] != Comparison.MISSING && !held.contains(FIELDS[f])) {
						weight += log2(m[f][levels[f]] / u[f][levels[f]]);
					}
				}
				double p = probability(weight);
				matched += p;
				for (int f = 0; f < FIELDS.length; f++) {
					if (levels[f] != Comparison.MISSING) {
						counts[f][levels[f]] += p;
					}
				}
			}
			for (int f = 0; f < FIELDS.length; f++) {
				if (!held.contains(FIELDS[f])) {
					m[f] = smoothed(counts[f]);
				}
			}
			share = Math.min(Math.max(matched / pairs.size(), 1e-6), 1 - 1e-6);
		}
		return new Session(m, pairs.size());
	}

	private static double[][] randomPairs(List<LinkageRecord> records, long seed) {
		double[][] counts = new double[FIELDS.length][];
		for (int f = 0; f < FIELDS.length; f++) {
			counts[f] = new double[FIELDS[f].levels()];
		}
		int n = records.size();
		if (n >= 2) {
			long all = (long) n * (n - 1) / 2;
			Random random = new Random(seed);
			if (all <= RANDOM_PAIRS) {
				for (int i = 0; i < n; i++) {
					for (int j = i + 1; j < n; j++) {
						add(counts, Comparison.levels(records.get(i), records.get(j)));
					}
				}
			}
			else {
				for (int k = 0; k < RANDOM_PAIRS; k++) {
					int i = random.nextInt(n);
					int j = random.nextInt(n - 1);
					add(counts, Comparison.levels(records.get(i), records.get(j >= i ? j + 1 : j)));
				}
			}
		}
		double[][] u = new double[FIELDS.length][];
		for (int f = 0; f < FIELDS.length; f++) {
			u[f] = smoothed(counts[f]);
		}
		return u;
	}

	private static void add(double[][] counts, int[] levels) {
		for (int f = 0; f < levels.length; f++) {
			if (levels[f] != Comparison.MISSING) {
				counts[f][levels[f]]++;
			}
		}
	}

	/** Shares of each level, none of them zero (a level never seen is not impossible). */
	private static double[] smoothed(double[] counts) {
		double total = 0;
		for (double count : counts) {
			total += count;
		}
		double[] shares = new double[counts.length];
		for (int l = 0; l < counts.length; l++) {
			shares[l] = (counts[l] + 0.5) / (total + 0.5 * counts.length);
		}
		return shares;
	}

	/** The match weight of a pair with these levels, without term frequencies. */
	public double weight(int[] levels) {
		double weight = Math.log(prior / (1 - prior)) / Math.log(2);
		for (int f = 0; f < FIELDS.length; f++) {
			if (levels[f] != Comparison.MISSING) {
				weight += log2(m[f][levels[f]] / u[f][levels[f]]);
			}
		}
		return weight;
	}

	/**
	 * The match weight of a pair, agreement on a given, father's or family name weighed by how common the name is:
	 * its u is the name's share among registrations rather than the field's average.
	 */
	public double weight(LinkageRecord a, LinkageRecord b, int[] levels, TermFrequencies frequencies) {
		double weight = weight(levels);
		weight += adjusted(Comparison.GIVEN, a.givenSkeleton(), levels, frequencies);
		weight += adjusted(Comparison.FATHER, a.fatherSkeleton(), levels, frequencies);
		weight += adjusted(Comparison.FAMILY, a.familySkeleton(), levels, frequencies);
		return weight;
	}

	private double adjusted(Comparison field, String skeleton, int[] levels, TermFrequencies frequencies) {
		int level = levels[field.ordinal()];
		if (level < 3 || frequencies == null) {
			return 0;
		}
		double share = frequencies.share(field, skeleton);
		if (Double.isNaN(share)) {
			return 0;
		}
		double average = u[field.ordinal()][3] + u[field.ordinal()][4];
		return Math.max(-MOST_ADJUSTED, Math.min(MOST_ADJUSTED, log2(average / Math.max(share, 1e-7))));
	}

	/** The probability that a pair of this weight is the same person. */
	public static double probability(double weight) {
		return 1 / (1 + Math.pow(2, -weight));
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

	/** The model as one line of text, to keep with a linkage run. */
	public String toText() {
		List<String> fields = new ArrayList<>();
		fields.add(String.format(Locale.ROOT, "%.10g", prior) + (population > 0 ? "@" + population : ""));
		for (int f = 0; f < FIELDS.length; f++) {
			fields.add(FIELDS[f].name() + ":" + numbers(m[f]) + "/" + numbers(u[f]));
		}
		return String.join(";", fields);
	}

	public static LinkageModel fromText(String text) {
		String[] parts = text.split(";");
		double[][] m = new double[FIELDS.length][];
		double[][] u = new double[FIELDS.length][];
		for (int f = 0; f < FIELDS.length; f++) {
			String[] field = parts[f + 1].split(":");
			if (!field[0].equals(FIELDS[f].name())) {
				throw new IllegalArgumentException("A linkage model of other fields: " + field[0]);
			}
			String[] values = field[1].split("/");
			m[f] = parse(values[0]);
			u[f] = parse(values[1]);
		}
		// a model kept before the prior named its population holds the prior alone
		String[] prior = parts[0].split("@");
		return new LinkageModel(m, u, Double.parseDouble(prior[0]), prior.length > 1 ? Long.parseLong(prior[1]) : 0);
	}

	private static String numbers(double[] values) {
		List<String> texts = new ArrayList<>();
		for (double value : values) {
			texts.add(String.format(Locale.ROOT, "%.6g", value));
		}
		return String.join(",", texts);
	}

	private static double[] parse(String text) {
		String[] texts = text.split(",");
		double[] values = new double[texts.length];
		for (int i = 0; i < texts.length; i++) {
			values[i] = Double.parseDouble(texts[i]);
		}
		return values;
	}
}
