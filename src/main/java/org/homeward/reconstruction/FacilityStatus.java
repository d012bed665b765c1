package org.homeward.reconstruction;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a facility stands: damaged, being rebuilt, or working again (and back to damaged when hit again). */
public enum FacilityStatus {

	DAMAGED, WORKS_UNDER_WAY, IN_OPERATION;

	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<FacilityStatus> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String name = text.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(values()).filter(status -> status.name().equals(name)).findFirst();
	}
}
