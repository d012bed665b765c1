package org.homeward.geography;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a place is: one level of the administrative tree, or an entry point or a camp standing in it. */
public enum PlaceKind {

	COUNTRY(0), GOVERNORATE(1), DISTRICT(2), SUB_DISTRICT(3), COMMUNITY(4), ENTRY_POINT(null), CAMP(null);

	private final Integer adminLevel;

	PlaceKind(Integer adminLevel) {
		this.adminLevel = adminLevel;
	}

	/** 0 for the country down to 4 for a community; empty for entry points and camps. */
	public Optional<Integer> adminLevel() {
		return Optional.ofNullable(adminLevel);
	}

	public boolean isAdminUnit() {
		return adminLevel != null;
	}

	/** The kind of administrative unit at a level (0 to 4). */
	public static Optional<PlaceKind> atAdminLevel(int level) {
		return Arrays.stream(values()).filter(kind -> kind.adminLevel != null && kind.adminLevel == level).findFirst();
	}

	/** Reads a kind as the API writes it ({@code sub_district}), in any case. */
	public static Optional<PlaceKind> parse(String text) {
		String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
		return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
	}

	/** The name the API uses: {@code sub_district}. */
	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}
}
