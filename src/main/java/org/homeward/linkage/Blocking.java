package org.homeward.linkage;

import java.util.ArrayList;
import java.util.List;

/**
 * Which registrations are compared at all: those that share a blocking key. Each rule joins parts that a
 * registration of the same person almost always repeats, and the rules together let a pair through when any one
 * part is mistyped: a given name, a family name, a birth year or a father's name written otherwise still leaves
 * the pair in another rule's block. Compared pairs stay a small fraction of all pairs.
 */
public final class Blocking {

	/** A block larger than this is left to the other rules: a name so common says too little on its own. */
	public static final int LARGEST_BLOCK = 2_000;

	private Blocking() {
	}

	/** The record's blocking keys, one per rule whose parts it has, each prefixed by its rule's number. */
	public static List<String> keys(LinkageRecord record) {
		String given = record.givenSkeleton();
		String father = record.fatherSkeleton();
		String family = record.familySkeleton();
		String year = record.birth() == null ? null : Integer.toString(record.birth().year());
		List<String> keys = new ArrayList<>(10);
		add(keys, 1, given, family, year);
		add(keys, 2, given, father, family);
		add(keys, 3, family, father, year);
		add(keys, 4, given, father, year);
		add(keys, 5, record.nationalId());
		add(keys, 6, given, family, String.valueOf(record.sex()), record.adm1());
		add(keys, 7, father, record.grandfather() == null ? null : Names.skeletonOfSound(record.grandfather()), family);
		String day = record.birth() == null || record.birth().day() == 0 ? null : record.birth().year() + "-"
				+ record.birth().month() + "-" + record.birth().day();
		add(keys, 8, given, day);
		add(keys, 9, family, day);
		// a wife under her husband's family name, or a family name written otherwise, with no father's name given
		add(keys, 10, given, year, String.valueOf(record.sex()), record.adm1());
		return keys;
	}

	private static void add(List<String> keys, int rule, String... parts) {
		for (String part : parts) {
			if (part == null || part.isEmpty()) {
				return;
			}
		}
		keys.add(rule + ":" + String.join("|", parts));
	}
}
