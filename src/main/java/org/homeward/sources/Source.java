package org.homeward.sources;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/** An organisation that reports figures, named by a short code such as {@code JCHQ} or {@code UNHCR}. */
public record Source(String code, String name, SourceKind kind, boolean primary, Instant registeredAt,
		String registeredBy) {

	/** Upper-case letters, digits and underscores, starting with a letter; 2 to 20 characters. */
	public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,19}");

	public Source {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(registeredAt, "registeredAt");
	}
}
