package org.homeward.returns.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import org.homeward.returns.ReturnCount;

/**
 * A fingerprint of what a version says, so that re-sending a row with the same content is recognised as
 * unchanged by comparing one column.
 */
final class ContentHash {

	/** The fingerprint a void carries: no content. */
	static final String VOID = "void";

	private ContentHash() {
	}

	static String of(ReturnCount count) {
		ReturnCount.AgeBreakdown ages = count.ages();
		String canonical = String.join("|", count.day().toString(), count.category().name(),
				Integer.toString(count.persons()), count.destination().adm1(), text(count.destination().adm2()),
				text(count.destination().adm3()), text(count.destination().adm4()), text(count.originCountry()),
				text(count.originAdm1()), text(count.entryPoint()), text(count.female()), text(count.male()),
				text(ages.age0to4()), text(ages.age5to11()), text(ages.age12to17()), text(ages.age18to59()),
				text(ages.age60plus()), text(count.households()));
		try {
			return HexFormat.of().formatHex(
					MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

	private static String text(Object value) {
		return Objects.toString(value, "");
	}
}
