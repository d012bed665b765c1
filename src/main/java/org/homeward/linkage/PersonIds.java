package org.homeward.linkage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Person ids that stay while a person's registrations do. After a linkage, each group takes the id its
 * registrations held before, where they held one: an unchanged group its own, a group that grew the id of the
 * registrations it grew from, and where groups merged or split, the id that most of the group's registrations held
 * (each earlier id going to one group only, the one holding most of its registrations; between equals, the id
 * that sorts first, which for ids made in time order is the oldest). A group of registrations none of which held
 * an id takes a new one.
 */
public final class PersonIds {

	private PersonIds() {
	}

	/** The person id of every registration of the groups. */
	public static Map<String, String> assign(List<List<String>> groups, Map<String, String> previous,
			Supplier<String> newId) {
		record Claim(int group, String person, int shared, String first) {
		}
		List<Claim> claims = new ArrayList<>();
		for (int g = 0; g < groups.size(); g++) {
			Map<String, Integer> held = new HashMap<>();
			for (String registration : groups.get(g)) {
				String person = previous.get(registration);
				if (person != null) {
					held.merge(person, 1, Integer::sum);
				}
			}
			for (Map.Entry<String, Integer> entry : held.entrySet()) {
				claims.add(new Claim(g, entry.getKey(), entry.getValue(), groups.get(g).get(0)));
			}
		}
		claims.sort(Comparator.comparingInt(Claim::shared).reversed().thenComparing(Claim::person)
			.thenComparing(Claim::first));
		String[] ids = new String[groups.size()];
		Map<String, Boolean> taken = new HashMap<>();
		for (Claim claim : claims) {
			if (ids[claim.group()] == null && taken.putIfAbsent(claim.person(), true) == null) {
				ids[claim.group()] = claim.person();
			}
		}
		Map<String, String> assigned = new HashMap<>();
		for (int g = 0; g < groups.size(); g++) {
			String id = ids[g] != null ? ids[g] : newId.get();
			for (String registration : groups.get(g)) {
				assigned.put(registration, id);
			}
		}
		return assigned;
	}
}
