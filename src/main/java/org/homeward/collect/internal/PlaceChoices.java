package org.homeward.collect.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.homeward.access.Scope;
import org.homeward.geography.Countries;
import org.homeward.geography.Country;
import org.homeward.geography.HomeCountry;
import org.homeward.geography.Place;
import org.homeward.geography.PlaceKind;
import org.homeward.geography.Places;
import org.homeward.ledger.ContentHash;
import org.springframework.stereotype.Component;

/**
 * The places a form offers a user: the governorates and districts of their area (and those holding a part of it),
 * the entry points they may count at, and the host countries people come back from, each named in three languages.
 */
@Component
class PlaceChoices {

	private final Places places;
	private final Countries countries;
	private final HomeCountry homeCountry;

	PlaceChoices(Places places, Countries countries, HomeCountry homeCountry) {
		this.places = places;
		this.countries = countries;
		this.homeCountry = homeCountry;
	}

	/** What a user of one scope chooses among. */
	record Reach(List<Place> governorates, List<Place> districts, List<Place> entryPoints, List<Country> hosts) {

		/** Every place and country as a text of the form, named in each language. */
		List<XForm.Label> labels() {
			List<XForm.Label> labels = new ArrayList<>();
			for (List<Place> list : List.of(governorates, districts, entryPoints)) {
				list.forEach(place -> labels.add(new XForm.Label("place:" + place.code(), place.names()::in)));
			}
			hosts.forEach(country -> labels.add(new XForm.Label("country:" + country.code(), country.names()::in)));
			return labels;
		}

		/** A digest of the places offered, so that a phone fetches the form again when they change. */
		String digest() {
			List<String> choices = new ArrayList<>();
			for (List<Place> list : List.of(governorates, districts, entryPoints)) {
				list.forEach(place -> choices.add(place.code()));
			}
			return ContentHash.of(choices.toArray()).substring(0, 12);
		}
	}

	/** The choices of a user of this scope. */
	Reach of(Scope scope) {
		List<Place> governorates = inReach(PlaceKind.GOVERNORATE, null, scope);
		List<Place> districts = new ArrayList<>();
		for (Place governorate : governorates) {
			districts.addAll(inReach(PlaceKind.DISTRICT, governorate, scope));
		}
		List<Place> entryPoints = inReach(PlaceKind.ENTRY_POINT, null, scope);
		List<Country> hosts = countries.all().stream().filter(country -> !country.code().equals(homeCountry.code()))
			.sorted(Comparator.comparing(country -> country.names().en())).toList();
		return new Reach(governorates, districts, entryPoints, hosts);
	}

	/** The places of a kind the user reaches: inside their area, or holding a part of it. */
	private List<Place> inReach(PlaceKind kind, Place within, Scope scope) {
		return scope.inReach(places.search(new Places.Filter(kind, within, null, 0, Places.Filter.MAX_LIMIT)).places(),
				kind == PlaceKind.ENTRY_POINT);
	}
}
