package org.homeward.linkage;

import java.time.temporal.ChronoUnit;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * What two registrations have in common, field by field, as levels of agreement: 0 is disagreement, the highest
 * level the strongest agreement, {@link #MISSING} a field one of them lacks (which says nothing either way).
 */
public enum Comparison {

	/** Given name: sounds different, close (Jaro-Winkler ≥ 0.80), very close (≥ 0.92), same skeleton, same sound. */
	GIVEN(5),
	FATHER(5),
	GRANDFATHER(5),
	FAMILY(5),
	/** Mother's full name: different, close (≥ 0.85), same sound. */
	MOTHER(3),
	/** Birth: years apart by more than one, by one, same year, day and month swapped, same month, same day. */
	BIRTH(6),
	SEX(2),
	/** National identity number: different, one digit apart (typed wrong or swapped), the same. */
	NATIONAL_ID(3),
	/** Destination: another governorate, the same governorate, the same district. */
	DESTINATION(3),
	/** Day of return: more than 60 days apart, within 60, within 14, within 3. */
	RETURN_DAY(4);

	public static final int MISSING = -1;

	private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
	private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(2);

	private final int levels;

	Comparison(int levels) {
		this.levels = levels;
	}

	public int levels() {
		return levels;
	}

	/** The level of agreement of the two records in this field. */
	public int level(LinkageRecord a, LinkageRecord b) {
		return switch (this) {
		case GIVEN -> name(a.given(), b.given());
		case FATHER -> name(a.father(), b.father());
		case GRANDFATHER -> name(a.grandfather(), b.grandfather());
		case FAMILY -> name(a.family(), b.family());
		case MOTHER -> a.mother() == null || b.mother() == null ? MISSING
				: a.mother().equals(b.mother()) ? 2 : JARO_WINKLER.apply(a.mother(), b.mother()) >= 0.85 ? 1 : 0;
		case BIRTH -> birth(a.birth(), b.birth());
		case SEX -> a.sex() == b.sex() ? 1 : 0;
		case NATIONAL_ID -> nationalId(a.nationalId(), b.nationalId());
		case DESTINATION -> a.adm1() == null || b.adm1() == null ? MISSING : !a.adm1().equals(b.adm1()) ? 0
				: a.adm2() != null && a.adm2().equals(b.adm2()) ? 2 : 1;
		case RETURN_DAY -> a.returnedOn() == null || b.returnedOn() == null ? MISSING
				: returnDays(Math.abs(ChronoUnit.DAYS.between(a.returnedOn(), b.returnedOn())));
		};
	}

	/** The levels of every field, in the order of {@link #values()}. */
	public static int[] levels(LinkageRecord a, LinkageRecord b) {
		Comparison[] fields = values();
		int[] levels = new int[fields.length];
		for (int i = 0; i < fields.length; i++) {
			levels[i] = fields[i].level(a, b);
		}
		return levels;
	}

	private static int name(String a, String b) {
		if (a == null || b == null) {
			return MISSING;
		}
		if (a.equals(b)) {
			return 4;
		}
		if (Names.skeletonOfSound(a).equals(Names.skeletonOfSound(b))) {
			return 3;
		}
		double similarity = JARO_WINKLER.apply(a, b);
		return similarity >= 0.92 ? 2 : similarity >= 0.80 ? 1 : 0;
	}

	private static int birth(BirthDate a, BirthDate b) {
		if (a == null || b == null) {
			return MISSING;
		}
		int years = Math.abs(a.year() - b.year());
		if (years > 1) {
			return 0;
		}
		if (years == 1) {
			return 1;
		}
		if (a.month() == 0 || b.month() == 0) {
			return 2;
		}
		if (a.month() == b.month()) {
			return a.day() != 0 && a.day() == b.day() ? 5 : a.day() == 0 || b.day() == 0 ? 4 : 2;
		}
		return a.day() == b.month() && a.month() == b.day() ? 3 : 2;
	}

	private static int nationalId(String a, String b) {
		if (a == null || b == null) {
			return MISSING;
		}
		if (a.equals(b)) {
			return 2;
		}
		return a.length() == b.length() && (ONE_EDIT.apply(a, b) == 1 || swapped(a, b)) ? 1 : 0;
	}

	/** Two neighbouring digits typed the wrong way round. */
	private static boolean swapped(String a, String b) {
		int first = -1;
		for (int i = 0; i < a.length(); i++) {
			if (a.charAt(i) != b.charAt(i)) {
				if (first >= 0) {
					return i == first + 1 && a.charAt(first) == b.charAt(i) && a.charAt(i) == b.charAt(first)
							&& a.substring(i + 1).equals(b.substring(i + 1));
				}
				first = i;
			}
		}
		return false;
	}

	private static int returnDays(long days) {
		return days <= 3 ? 3 : days <= 14 ? 2 : days <= 60 ? 1 : 0;
	}
}
