package org.homeward.access;

import java.util.List;
import java.util.Locale;

import org.homeward.geography.Place;
import org.homeward.geography.Places;

/**
 * The part of the records a user may see and change. A coordinator's scope is everything; a data officer's is the
 * admin units and entry points assigned to them; a partner's is its own source. Both limits may apply at once.
 *
 * @param places the admin units and entry points, or null when the user is not limited to an area
 * @param source the only source the user writes as, or null when the user is not limited to a source
 */
public record Scope(List<Place> places, String source) {

	public static final Scope EVERYTHING = new Scope(null, null);

	public Scope {
		places = places == null ? null : List.copyOf(places);
	}

	public boolean isEverything() {
		return places == null && source == null;
	}

	public boolean limitsPlaces() {
		return places != null;
	}

	/** The codes of the area, empty when the user is not limited to one. */
	public List<String> placeCodes() {
		return places == null ? List.of() : places.stream().map(Place::code).toList();
	}

	/**
	 * Whether a record of people who came home to {@code destination} (its finest admin unit), through
	 * {@code entryPoint} (or null), lies in the area: the destination stands inside one of its admin units, or the
	 * entry point is one of its entry points.
	 */
	public boolean covers(Place destination, Place entryPoint) {
		if (places == null) {
			return true;
		}
		for (Place place : places) {
			if (destination != null && destination.isWithin(place)) {
				return true;
			}
			if (entryPoint != null && entryPoint.code().equals(place.code())) {
				return true;
			}
		}
		return false;
	}

	/** {@link #covers(Place, Place)} for codes, looked up in the directory of places; unknown codes cover nothing. */
	public boolean covers(Places directory, String destination, String entryPoint) {
		return places == null || covers(directory.find(destination).orElse(null),
				entryPoint == null ? null : directory.find(entryPoint).orElse(null));
	}

	/**
	 * Of these places of one kind, those a form offers the user: inside their area, or holding a part of it (the
	 * governorate of a district officer); entry points only where the area names them or holds them.
	 */
	public List<Place> inReach(List<Place> all, boolean entryPoints) {
		if (places == null) {
			return all;
		}
		return all.stream().filter(place -> covers(place, entryPoints ? place : null)
				|| !entryPoints && places.stream().anyMatch(area -> area.isWithin(place))).toList();
	}

	/** Whether the user may write as this source. */
	public boolean allowsSource(String code) {
		return source == null || (code != null && source.equalsIgnoreCase(code.strip()));
	}

	/** Whether the user may read every record of a source whole: no other source, and no area, keeps them to a part. */
	public boolean readsWholeSource(String code) {
		return allowsSource(code) && !limitsPlaces();
	}

	/** The source, upper case as codes are kept, or null. */
	public String sourceCode() {
		return source == null ? null : source.toUpperCase(Locale.ROOT);
	}
}
