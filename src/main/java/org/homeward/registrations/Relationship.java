package org.homeward.registrations;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A person's relationship to the head of their household, as section 5 of the contract names it. */
public enum Relationship {

	HEAD, SPOUSE, CHILD, PARENT, SIBLING, GRANDCHILD, OTHER;

	/** The relationship written as in a file, in any case; empty for anything else. */
	public static Optional<Relationship> parse(String text) {
		return Arrays.stream(values()).filter(value -> value.name().equals(text.toUpperCase(Locale.ROOT))).findFirst();
	}
}
