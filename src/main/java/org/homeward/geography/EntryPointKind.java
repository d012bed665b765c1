package org.homeward.geography;

import java.util.Locale;

/** How people cross into the country at an entry point. */
public enum EntryPointKind {

	LAND_CROSSING, AIRPORT, SEA_PORT,
	/** A checkpoint on a corridor used by people displaced inside the country. */
	IDP_CHECKPOINT;

	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}
}
