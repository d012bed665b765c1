package org.homeward.returns;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a figure is broken down by. */
public enum Breakdown {

	CATEGORY, DAY,
	/** Seven-day weeks ending with the last day asked for, keyed by their last day. */
	WEEK,
	SEX, AGE_BAND, ORIGIN_COUNTRY, ENTRY_POINT, ORIGIN_GOVERNORATE,
	GOVERNORATE, DISTRICT, SUB_DISTRICT, COMMUNITY;

	/** For the destination breakdowns, the admin level (1 to 4) they roll up to. */
	public int adminLevel() {
		return switch (this) {
			case GOVERNORATE -> 1;
			case DISTRICT -> 2;
			case SUB_DISTRICT -> 3;
			case COMMUNITY -> 4;
			default -> 0;
		};
	}

	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Breakdown> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String name = text.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(values()).filter(breakdown -> breakdown.name().equals(name)).findFirst();
	}
}
