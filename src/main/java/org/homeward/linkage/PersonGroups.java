package org.homeward.linkage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Registrations grouped into people: pairs at or above the linking weight are joined, the strongest first, as
 * connected components are, except that a group never holds two registrations of one household of one source
 * (siblings and twins are registered together as two people) nor two registrations a coordinator decided are two
 * people; what a coordinator decided is one person is joined first. Nor do two groups join on one pair alone: the
 * pairs between their registrations must weigh, on average, as much as the linking weight, a pair not scored
 * counting as the review weight (average linkage). Among a million registrations namesakes are many, and one pair
 * of them above the weight would otherwise chain two people's registrations, and then a third's, into one.
 */
public final class PersonGroups {

	/** The most one pair counts for in the average: a pair certain on its own still needs the others near. */
	private static final double STRONGEST = 20;

	private final Map<String, Integer> index = new HashMap<>();
	private final List<String> keys = new ArrayList<>();
	private final List<Integer> parent = new ArrayList<>();
	private final List<Set<String>> households = new ArrayList<>();
	private final List<List<Integer>> members = new ArrayList<>();
	private final Map<String, Set<String>> different = new HashMap<>();
	/** The weight of each pair scored, by the indices of its registrations. */
	private final Map<Long, Double> weights = new HashMap<>();
	private double linkingWeight;

	/** A group of one for each record. */
	public PersonGroups(Collection<LinkageRecord> records) {
		for (LinkageRecord record : records) {
			add(record.key(), record.household());
		}
	}

	/** A group of one for each registration, by key, of the household given. */
	public PersonGroups(Map<String, String> householdByKey) {
		householdByKey.entrySet().stream().sorted(Map.Entry.comparingByKey())
			.forEach(entry -> add(entry.getKey(), entry.getValue()));
	}

	private void add(String key, String household) {
		int i = keys.size();
		index.put(key, i);
		keys.add(key);
		parent.add(i);
		households.add(new HashSet<>(Set.of(household)));
		members.add(new ArrayList<>(List.of(i)));
	}

	/** Records a coordinator's decision that two registrations are two people. */
	public void keepApart(String a, String b) {
		different.computeIfAbsent(a, k -> new HashSet<>()).add(b);
		different.computeIfAbsent(b, k -> new HashSet<>()).add(a);
	}

	/**
	 * Holds these registrations in one group whatever the pairs say: the registrations of a person that did not
	 * change since it was formed, so that new registrations may join it or merge it with another but never split it.
	 */
	public void holdTogether(List<String> registrations) {
		List<String> sorted = registrations.stream().sorted().toList();
		for (int k = 1; k < sorted.size(); k++) {
			union(sorted.get(0), sorted.get(k), true);
		}
	}

	/** Joins what coordinators decided is one person, then the pairs at or above the weight, strongest first. */
	public PersonGroups join(List<ScoredPair> confirmed, List<ScoredPair> pairs, double linkingWeight) {
		this.linkingWeight = linkingWeight;
		for (ScoredPair pair : pairs) {
			Integer i = index.get(pair.a());
			Integer j = index.get(pair.b());
			if (i != null && j != null) {
				weights.merge(pairKey(i, j), pair.weight(), Math::max);
			}
		}
		for (ScoredPair pair : confirmed) {
			union(pair.a(), pair.b(), true);
		}
		pairs.stream().filter(pair -> pair.weight() >= linkingWeight)
			.sorted(Comparator.comparingDouble(ScoredPair::weight).reversed()
				.thenComparing(ScoredPair::a).thenComparing(ScoredPair::b))
			.forEach(pair -> union(pair.a(), pair.b(), false));
		return this;
	}

	private void union(String a, String b, boolean decided) {
		Integer i = index.get(a);
		Integer j = index.get(b);
		if (i == null || j == null) {
			return;
		}
		int x = root(i);
		int y = root(j);
		if (x == y || !decided && (apart(x, y) || !together(x, y))) {
			return;
		}
		if (members.get(x).size() < members.get(y).size()) {
			int swap = x;
			x = y;
			y = swap;
		}
		parent.set(y, x);
		members.get(x).addAll(members.get(y));
		households.get(x).addAll(households.get(y));
		members.set(y, null);
		households.set(y, null);
	}

	private boolean apart(int x, int y) {
		Set<String> smaller = households.get(x).size() < households.get(y).size() ? households.get(x)
				: households.get(y);
		Set<String> larger = smaller == households.get(x) ? households.get(y) : households.get(x);
		for (String household : smaller) {
			if (larger.contains(household)) {
				return true;
			}
		}
		if (different.isEmpty()) {
			return false;
		}
		for (int member : members.get(x)) {
			Set<String> others = different.get(keys.get(member));
			if (others != null) {
				for (int other : members.get(y)) {
					if (others.contains(keys.get(other))) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** Whether the pairs between the two groups weigh, on average, at least the linking weight. */
	private boolean together(int x, int y) {
		List<Integer> these = members.get(x);
		List<Integer> those = members.get(y);
		if (these.size() == 1 && those.size() == 1) {
			return true;
		}
		double sum = 0;
		for (int a : these) {
			for (int b : those) {
				sum += Math.min(weights.getOrDefault(pairKey(a, b), Linkage.REVIEW_WEIGHT), STRONGEST);
			}
		}
		return sum >= linkingWeight * these.size() * those.size();
	}

	private static long pairKey(int i, int j) {
		return (long) Math.min(i, j) << 32 | Math.max(i, j);
	}

	private int root(int i) {
		int root = i;
		while (parent.get(root) != root) {
			root = parent.get(root);
		}
		while (parent.get(i) != root) {
			int next = parent.get(i);
			parent.set(i, root);
			i = next;
		}
		return root;
	}

	/** The groups, each its registrations' keys in sorted order, sorted by their first key. */
	public List<List<String>> groups() {
		List<List<String>> groups = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			if (parent.get(i) == i) {
				groups.add(members.get(i).stream().map(keys::get).sorted().toList());
			}
		}
		groups.sort(Comparator.comparing(group -> group.get(0)));
		return groups;
	}
}
