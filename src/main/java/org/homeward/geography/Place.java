package org.homeward.geography;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A place Homeward counts people and facilities in: an administrative unit with its OCHA p-code, an entry point
 * or a camp. {@code path} lists the codes from the country down to this place, each followed by '/'.
 */
public record Place(String code, PlaceKind kind, String parentCode, String path, PlaceNames names,
		EntryPointKind entryKind, String facesCountry, BigDecimal latitude, BigDecimal longitude) {

	public Place {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(names, "names");
		if (!path.endsWith(code + "/")) {
			throw new IllegalArgumentException("the path of " + code + " must end with its own code: " + path);
		}
	}

	/** Whether this place is {@code ancestor} or stands anywhere under it. */
	public boolean isWithin(Place ancestor) {
		return path.startsWith(ancestor.path());
	}
}
