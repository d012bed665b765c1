package org.homeward.geography.internal;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.homeward.geography.Countries;
import org.homeward.geography.Country;
import org.homeward.geography.Place;
import org.homeward.geography.PlaceKind;
import org.homeward.geography.Places;
import org.homeward.web.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public reference data: the places of the country and the ISO countries. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Geography", description = "Administrative units with OCHA p-codes, entry points, camps, countries")
class PlaceController {

	static final Set<String> LANGUAGES = Set.of("en", "ar", "ru");

	private final Places places;
	private final Countries countries;

	PlaceController(Places places, Countries countries) {
		this.places = places;
		this.countries = countries;
	}

	@GetMapping("/places")
	@Operation(summary = "Find places", description = "Without level or kind, parent lists the parent's direct "
			+ "children; with one, every place of that level or kind under the parent. q matches codes and names in "
			+ "English, Arabic and Russian, with accents, hamza and Arabic letter variants folded.")
	PlacePage list(
			@Parameter(description = "0-4 or country, governorate, district, sub_district, community")
			@RequestParam(required = false) String level,
			@Parameter(description = "entry_point, camp, or an admin level's name")
			@RequestParam(required = false) String kind,
			@RequestParam(required = false) String parent,
			@RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int offset,
			@RequestParam(defaultValue = "100") int limit,
			@RequestParam(defaultValue = "en") String lang) {
		String language = language(lang);
		PlaceKind wanted = kind(level, kind);
		Place within = null;
		if (parent != null && !parent.isBlank()) {
			within = places.find(parent).orElseThrow(
					() -> ProblemException.invalid("parent", parent, "no place has the code '" + parent + "'."));
		}
		Places.Page page = places.search(new Places.Filter(wanted, within, q, offset, limit));
		return new PlacePage(page.total(), page.offset(), page.limit(),
				page.places().stream().map(place -> PlaceResponse.from(place, language)).toList());
	}

	@GetMapping("/places/{code}")
	@Operation(summary = "One place with its ancestors, country first")
	PlaceResponse one(@PathVariable String code, @RequestParam(defaultValue = "en") String lang) {
		Place place = places.require(code);
		return PlaceResponse.from(place, language(lang), places.ancestors(place));
	}

	@GetMapping("/countries")
	@Operation(summary = "ISO 3166-1 countries by alpha-3 code")
	List<CountryResponse> countries(@RequestParam(defaultValue = "en") String lang) {
		String language = language(lang);
		return countries.all().stream().map(country -> CountryResponse.from(country, language)).toList();
	}

	@GetMapping("/countries/{code}")
	@Operation(summary = "One country by its alpha-3 code")
	CountryResponse country(@PathVariable String code, @RequestParam(defaultValue = "en") String lang) {
		return CountryResponse.from(countries.find(code).orElseThrow(() -> ProblemException.notFound("Country", code)),
				language(lang));
	}

	private static PlaceKind kind(String level, String kind) {
		PlaceKind byLevel = null;
		if (level != null && !level.isBlank()) {
			byLevel = level.strip().matches("\\d")
					? PlaceKind.atAdminLevel(Integer.parseInt(level.strip())).orElse(null)
					: PlaceKind.parse(level).filter(PlaceKind::isAdminUnit).orElse(null);
			if (byLevel == null) {
				throw ProblemException.invalid("level", level,
						"must be 0 to 4 or one of country, governorate, district, sub_district, community.");
			}
		}
		PlaceKind byKind = null;
		if (kind != null && !kind.isBlank()) {
			byKind = PlaceKind.parse(kind).orElseThrow(() -> ProblemException.invalid("kind", kind,
					"must be one of country, governorate, district, sub_district, community, entry_point, camp."));
		}
		if (byLevel != null && byKind != null && byLevel != byKind) {
			throw ProblemException.invalid("kind", kind, "contradicts level '" + level + "'.");
		}
		return byKind != null ? byKind : byLevel;
	}

	static String language(String lang) {
		if (!LANGUAGES.contains(lang)) {
			throw ProblemException.invalid("lang", lang, "must be one of en, ar, ru.");
		}
		return lang;
	}

	/** One page of places. */
	record PlacePage(int total, int offset, int limit, List<PlaceResponse> items) {
	}

	/** A country as the API publishes it. */
	record CountryResponse(String code, String name, org.homeward.geography.PlaceNames names) {

		static CountryResponse from(Country country, String language) {
			return new CountryResponse(country.code(), country.names().in(language), country.names());
		}
	}
}
