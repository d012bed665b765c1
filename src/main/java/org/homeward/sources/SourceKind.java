package org.homeward.sources;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What kind of organisation a source is. */
public enum SourceKind {

	HEADQUARTERS, UN_AGENCY, NGO, GOVERNMENT, OTHER;

	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<SourceKind> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String name = text.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
	}
}
