package org.homeward.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A fingerprint of what a version says, so that a row sent again with the same content is recognised as unchanged
 * by comparing one column.
 */
public final class ContentHash {

	private ContentHash() {
	}

	/** The SHA-256 of the parts, joined by {@code |}; a null part counts as empty. */
	public static String of(Object... parts) {
		StringBuilder canonical = new StringBuilder();
		for (int i = 0; i < parts.length; i++) {
			if (i > 0) {
				canonical.append('|');
			}
			canonical.append(Objects.toString(parts[i], ""));
		}
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}
}
