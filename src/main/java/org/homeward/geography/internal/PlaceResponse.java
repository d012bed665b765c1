package org.homeward.geography.internal;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.homeward.geography.Place;
import org.homeward.geography.PlaceNames;

/** A place as the API publishes it; {@code ancestors} (country first) only when one place is asked for. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PlaceResponse(String code, String kind, Integer level, String name, PlaceNames names, String parent,
		String entryKind, String facesCountry, BigDecimal latitude, BigDecimal longitude, List<PlaceResponse> ancestors) {

	static PlaceResponse from(Place place, String language) {
		return from(place, language, null);
	}

	static PlaceResponse from(Place place, String language, List<Place> ancestors) {
		return new PlaceResponse(place.code(), place.kind().apiName(), place.kind().adminLevel().orElse(null),
				place.names().in(language), place.names(), place.parentCode(),
				place.entryKind() == null ? null : place.entryKind().apiName(), place.facesCountry(), place.latitude(),
				place.longitude(),
				ancestors == null ? null : ancestors.stream().map(above -> from(above, language)).toList());
	}
}
