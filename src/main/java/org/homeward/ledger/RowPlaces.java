package org.homeward.ledger;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.homeward.geography.Countries;
import org.homeward.geography.Place;
import org.homeward.geography.PlaceKind;
import org.homeward.geography.Places;

/**
 * How every ledger reads the places of a row of people coming home: a destination nested from governorate to
 * community, a host country, a place of a kind (an entry point, a governorate of displacement).
 */
public final class RowPlaces {

	/** Where people came home from: inside the country, or from abroad. */
	public enum Returnee {
		IDP, REFUGEE
	}

	private final Places places;
	private final Countries countries;
	private final String homeCountry;

	/** {@code homeCountry} is the country itself (ISO alpha-3): a refugee returnee comes home from another. */
	public RowPlaces(Places places, Countries countries, String homeCountry) {
		this.places = places;
		this.countries = countries;
		this.homeCountry = homeCountry;
	}

	/**
	 * The destination's codes, governorate to community, null where not given; null with a problem added when it
	 * is refused. {@code levels} are the ledger's fields of the four levels.
	 */
	@SafeVarargs
	public final <F> List<String> destination(RowFields<F> input, RowProblems<F> problems, F... levels) {
		if (input.text(levels[0]) == null) {
			problems.add(levels[0], "The row needs the p-code of the destination governorate.");
			return null;
		}
		Places.Destination checked = places.destination(input.text(levels[0]), input.text(levels[1]),
				input.text(levels[2]), input.text(levels[3]));
		if (checked.isRefused()) {
			problems.add(levels[checked.refusedLevel()], checked.problem());
			return null;
		}
		return checked.codes();
	}

	/**
	 * The host country a refugee came home from (ISO alpha-3), or null: none for people displaced inside the country
	 * (the country itself is accepted for them and kept as none); {@code returnee} is null when the row's category
	 * was refused.
	 */
	public <F> String hostCountry(RowFields<F> input, F field, Returnee returnee, RowProblems<F> problems) {
		String text = input.text(field);
		if (text == null) {
			if (returnee == Returnee.REFUGEE) {
				problems.add(field, "A refugee_returnee row needs the ISO 3166-1 alpha-3 code of the host country.");
			}
			return null;
		}
		String code = text.toUpperCase(Locale.ROOT);
		if (countries.find(code).isEmpty()) {
			problems.add(field, "This is not an ISO 3166-1 alpha-3 country code.");
			return null;
		}
		if (returnee == Returnee.IDP) {
			if (!code.equals(homeCountry)) {
				problems.add(field, "An idp_returnee was displaced inside the country: leave the host country empty.");
			}
			return null;
		}
		if (code.equals(homeCountry)) {
			problems.add(field, "A refugee returnee comes home from another country.");
			return null;
		}
		return code;
	}

	/** The code of a place of a kind, or null: absent, or refused with a problem added. */
	public <F> String place(RowFields<F> input, F field, PlaceKind kind, RowProblems<F> problems) {
		String code = input.text(field);
		if (code == null) {
			return null;
		}
		Optional<Place> place = places.find(code);
		if (place.isEmpty() || place.get().kind() != kind) {
			problems.add(field, kind == PlaceKind.ENTRY_POINT ? "No entry point has this code."
					: "This is not the p-code of a " + kind.apiName().replace('_', '-') + ".");
			return null;
		}
		return place.get().code();
	}
}
