package org.homeward.registrations.internal;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What names a person in a registration, as the source wrote it: kept only encrypted. The parts are joined by the
 * unit separator, which no name holds (a name is one line with no control characters).
 */
record PersonalData(String given, String father, String grandfather, String family, String mother, String birth,
		String nationalId) {

	private static final String SEPARATOR = "\u001f";

	/** The parts in one text, an absent part empty. */
	String canonical() {
		return Arrays.stream(new String[] { given, father, grandfather, family, mother, birth, nationalId })
			.map(part -> part == null ? "" : part).collect(Collectors.joining(SEPARATOR));
	}

	static PersonalData of(String canonical) {
		String[] parts = Arrays.stream(canonical.split(SEPARATOR, -1)).map(part -> part.isEmpty() ? null : part)
			.toArray(String[]::new);
		return new PersonalData(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6]);
	}
}
