package org.homeward.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Pairs become people, within the rules that keep a household's members and decided pairs apart. */
class PersonGroupsTest {

	private static final Map<String, String> HOUSEHOLDS = Map.of("A/1", "A/h1", "A/2", "A/h1", "B/1", "B/h7",
			"B/2", "B/h8", "C/1", "C/h2");

	@Test
	void joinsPairsAtOrAboveTheLinkingWeightOnly() {
		List<List<String>> people = new PersonGroups(HOUSEHOLDS).join(List.of(), List.of(
				new ScoredPair("A/1", "B/1", 12), new ScoredPair("B/1", "C/1", 5.0), new ScoredPair("A/1", "C/1", 6),
				new ScoredPair("A/2", "B/2", 4.9)), 5.0).groups();
		assertThat(people).containsExactly(List.of("A/1", "B/1", "C/1"), List.of("A/2"), List.of("B/2"));
	}

	@Test
	void joinsTwoGroupsOnlyWhereThePairsBetweenThemWeighEnoughOnAverage() {
		// A/1 and B/1 are one person, A/2 and B/2 another; B/1 and B/2 are namesakes whose pair passes the weight
		List<ScoredPair> pairs = List.of(new ScoredPair("A/1", "B/1", 15), new ScoredPair("A/2", "B/2", 15),
				new ScoredPair("B/1", "B/2", 6));
		Map<String, String> households = Map.of("A/1", "A/h1", "A/2", "A/h2", "B/1", "B/h7", "B/2", "B/h8");
		assertThat(new PersonGroups(households).join(List.of(), pairs, 5.0).groups())
			.containsExactly(List.of("A/1", "B/1"), List.of("A/2", "B/2"));
		// the same four, each pair between the two groups scored as high: one person
		List<ScoredPair> all = new ArrayList<>(pairs);
		all.addAll(List.of(new ScoredPair("A/1", "A/2", 6), new ScoredPair("A/1", "B/2", 6),
				new ScoredPair("A/2", "B/1", 6)));
		assertThat(new PersonGroups(households).join(List.of(), all, 5.0).groups())
			.containsExactly(List.of("A/1", "A/2", "B/1", "B/2"));
		// one pair missing counts as the review weight: (6 + 6 + 6 - 2) / 4 = 4 falls short
		assertThat(new PersonGroups(households).join(List.of(), all.subList(0, 5), 5.0).groups())
			.containsExactly(List.of("A/1", "B/1"), List.of("A/2", "B/2"));
	}

	@Test
	void neverJoinsTwoMembersOfOneHouseholdOfOneSourceTheStrongerPairWinning() {
		// twins registered together by A, each close to B's one registration
		List<List<String>> people = new PersonGroups(HOUSEHOLDS).join(List.of(),
				List.of(new ScoredPair("A/2", "B/1", 9), new ScoredPair("A/1", "B/1", 11)), 5.0).groups();
		assertThat(people).containsExactly(List.of("A/1", "B/1"), List.of("A/2"), List.of("B/2"), List.of("C/1"));
	}

	@Test
	void followsWhatACoordinatorDecided() {
		PersonGroups groups = new PersonGroups(HOUSEHOLDS);
		groups.keepApart("A/1", "B/1");
		List<List<String>> people = groups.join(List.of(new ScoredPair("B/2", "C/1", Double.POSITIVE_INFINITY)),
				List.of(new ScoredPair("A/1", "B/1", 20), new ScoredPair("A/1", "C/1", 8),
						new ScoredPair("A/1", "B/2", 6), new ScoredPair("B/1", "C/1", 7)), 5.0)
			.groups();
		// A/1 joins B/2 and C/1 through the stronger pair; B/1 may not join the group that holds A/1
		assertThat(people).containsExactly(List.of("A/1", "B/2", "C/1"), List.of("A/2"), List.of("B/1"));
	}

	@Test
	void holdsAPersonTogetherThatANewRegistrationIsCloserToThanItsRegistrationsAreToEachOther() {
		// A/1 and B/1 were one person at 6; C/1, new, is A/1's near double and was not compared with B/1
		Map<String, String> households = Map.of("A/1", "A/h1", "B/1", "B/h7", "C/1", "C/h2");
		List<ScoredPair> pairs = List.of(new ScoredPair("A/1", "B/1", 6), new ScoredPair("A/1", "C/1", 18));
		// formed anew, C/1 takes A/1 first, and B/1 falls short of the average (6 - 2) / 2 = 2 against 5
		assertThat(new PersonGroups(households).join(List.of(), pairs, 5.0).groups())
			.containsExactly(List.of("A/1", "C/1"), List.of("B/1"));
		// held, the person stays whole and C/1 joins it at (18 - 2) / 2 = 8
		PersonGroups held = new PersonGroups(households);
		held.holdTogether(List.of("B/1", "A/1"));
		assertThat(held.join(List.of(), pairs, 5.0).groups()).containsExactly(List.of("A/1", "B/1", "C/1"));
		// and where C/1 weighs too little against the pair it did not meet, the person stays as it was
		PersonGroups weak = new PersonGroups(households);
		weak.holdTogether(List.of("A/1", "B/1"));
		assertThat(weak.join(List.of(), List.of(pairs.get(0), new ScoredPair("A/1", "C/1", 11)), 5.0).groups())
			.containsExactly(List.of("A/1", "B/1"), List.of("C/1"));
	}

	@Test
	void keepsIdsWhereRegistrationsStayAndGivesNewOnesToNewPeople() {
		Map<String, String> previous = Map.of("A/1", "p1", "B/1", "p1", "A/2", "p2", "B/2", "p3");
		int[] made = { 0 };
		Map<String, String> ids = PersonIds.assign(List.of(List.of("A/1", "B/1", "C/1"), List.of("A/2", "B/2"),
				List.of("C/9")), previous, () -> "new" + ++made[0]);
		Map<String, String> expected = new HashMap<>(Map.of("A/1", "p1", "B/1", "p1", "C/1", "p1", "A/2", "p2",
				"B/2", "p2", "C/9", "new1"));
		assertThat(ids).isEqualTo(expected);
	}

	@Test
	void givesAnIdToOneGroupOnlyWhenAPersonSplits() {
		Map<String, String> previous = Map.of("A/1", "p1", "B/1", "p1", "C/1", "p1");
		int[] made = { 0 };
		Map<String, String> ids = PersonIds.assign(List.of(List.of("A/1", "B/1"), List.of("C/1")), previous,
				() -> "new" + ++made[0]);
		assertThat(ids).isEqualTo(Map.of("A/1", "p1", "B/1", "p1", "C/1", "new1"));
	}
}
