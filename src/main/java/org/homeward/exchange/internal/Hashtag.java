package org.homeward.exchange.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An HXL hashtag with its attributes: {@code #affected+returnees+f}. Two hashtags are equal when their tags and
 * attribute sets are, in any order and case, so {@code #affected+f+returnees} names the same column.
 */
record Hashtag(String tag, Set<String> attributes) {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

	Hashtag {
		attributes = Set.copyOf(attributes);
	}

	/** Reads a hashtag cell; null when the text is not a well-formed hashtag. */
	static Hashtag parse(String text) {
		String compact = text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
		if (!compact.startsWith("#")) {
			return null;
		}
		String[] parts = compact.substring(1).split("\\+", -1);
		if (Arrays.stream(parts).anyMatch(part -> !NAME.matcher(part).matches())) {
			return null;
		}
		return new Hashtag(parts[0], Arrays.stream(parts).skip(1).collect(Collectors.toSet()));
	}

	@Override
	public String toString() {
		return "#" + tag + new TreeSet<>(attributes).stream().map(attribute -> "+" + attribute).collect(Collectors.joining());
	}
}
