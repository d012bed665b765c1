package org.homeward.geography;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/**
 * The ISO 3166-1 countries, named in English, Arabic and Russian from the JDK's CLDR data, so host countries
 * need no data file of their own.
 */
@Service
public class Countries {

	private static final Locale ARABIC = Locale.forLanguageTag("ar");
	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	private final Map<String, Country> byCode = java.util.Arrays.stream(Locale.getISOCountries())
			.map(alpha2 -> new Locale("", alpha2))
			.map(region -> new Country(region.getISO3Country(), new PlaceNames(region.getDisplayCountry(Locale.ENGLISH),
					region.getDisplayCountry(ARABIC), region.getDisplayCountry(RUSSIAN))))
			.collect(Collectors.toUnmodifiableMap(Country::code, Function.identity()));

	/** The country with an alpha-3 code, in any case. */
	public Optional<Country> find(String alpha3) {
		return alpha3 == null ? Optional.empty() : Optional.ofNullable(byCode.get(alpha3.strip().toUpperCase(Locale.ROOT)));
	}

	/** Every country, ordered by code. */
	public List<Country> all() {
		return byCode.values().stream().sorted(Comparator.comparing(Country::code)).toList();
	}
}
