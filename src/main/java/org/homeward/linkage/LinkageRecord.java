package org.homeward.linkage;

import java.time.LocalDate;

/**
 * What linkage compares of one registration. Names are held as their sounds ({@link Names#sound}), never as
 * written; an absent part is null.
 *
 * @param key the registration, as {@code SOURCE/id}
 * @param household the source's household, as {@code SOURCE/id}: two registrations of one household of one source
 *     are two people
 */
public record LinkageRecord(String key, String source, String household, String given, String father,
		String grandfather, String family, String mother, char sex, BirthDate birth, String nationalId, String adm1,
		String adm2, LocalDate returnedOn) {

	/** A registration's record from the names as written. */
	public static LinkageRecord of(String source, String id, String household, String given, String father,
			String grandfather, String family, String mother, char sex, String birth, String nationalId, String adm1,
			String adm2, LocalDate returnedOn) {
		return new LinkageRecord(source + "/" + id, source, source + "/" + household, sound(given), sound(father),
				sound(grandfather), sound(family), sound(mother), Character.toUpperCase(sex), BirthDate.parse(birth),
				nationalId == null ? null : emptyAsNull(nationalId.replaceAll("\\D", "")), adm1, adm2, returnedOn);
	}

	private static String sound(String written) {
		return written == null ? null : emptyAsNull(Names.sound(written));
	}

	private static String emptyAsNull(String text) {
		return text.isEmpty() ? null : text;
	}

	public String givenSkeleton() {
		return given == null ? null : Names.skeletonOfSound(given);
	}

	public String fatherSkeleton() {
		return father == null ? null : Names.skeletonOfSound(father);
	}

	public String familySkeleton() {
		return family == null ? null : Names.skeletonOfSound(family);
	}
}
