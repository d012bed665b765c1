package org.homeward.returns.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homeward.access.Scope;
import org.homeward.geography.Countries;
import org.homeward.geography.Country;
import org.homeward.geography.Place;
import org.homeward.geography.PlaceKind;
import org.homeward.geography.PlaceNames;
import org.homeward.geography.Places;
import org.homeward.returns.ReturnCategory;
import org.homeward.returns.ReturnCount;
import org.homeward.returns.ReturnField;
import org.homeward.returns.ReturnRowInput;
import org.homeward.sources.Source;
import org.homeward.sources.SourceKind;
import org.homeward.sources.Sources;
import org.homeward.web.InputError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The rules of a row of return counts, without the application: reference data is the test's own. */
class RowValidatorTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	private final Places places = mock(Places.class);
	private final Countries countries = mock(Countries.class);
	private final Sources sources = mock(Sources.class);

	private RowValidator validator;

	@BeforeEach
	void referenceData() {
		when(sources.find(any())).thenReturn(Optional.empty());
		when(sources.find("UNHCR")).thenReturn(Optional.of(new Source("UNHCR", "UNHCR", SourceKind.values()[0], true,
				java.time.Instant.EPOCH, "admin")));
		when(places.destination(any(String[].class))).thenReturn(new Places.Destination(List.of(), 0,
				"This is not the p-code of a governorate."));
		when(places.destination("SY01", null, null, null))
			.thenReturn(new Places.Destination(Arrays.asList("SY01", null, null, null), -1, null));
		when(places.find(any())).thenReturn(Optional.empty());
		when(places.find("SY03")).thenReturn(Optional.of(place("SY03", PlaceKind.GOVERNORATE)));
		when(places.find("EP-1")).thenReturn(Optional.of(place("EP-1", PlaceKind.ENTRY_POINT)));
		when(countries.find(any())).thenReturn(Optional.empty());
		when(countries.find("LBN")).thenReturn(Optional.of(new Country("LBN", new PlaceNames("Lebanon", "", ""))));
		when(countries.find("SYR")).thenReturn(Optional.of(new Country("SYR", new PlaceNames("Syria", "", ""))));
		Map<ReturnField, String> columns = new EnumMap<>(ReturnField.class);
		for (ReturnField field : ReturnField.values()) {
			columns.put(field, "#" + field.name().toLowerCase());
		}
		validator = new RowValidator(places, countries, sources, TODAY, "SYR", columns, Scope.EVERYTHING);
	}

	@Test
	void turnsAValidRowIntoContentWithItsFingerprint() {
		Optional<ValidatedRow> row = validate(Map.of(ReturnField.CATEGORY, "Refugee_Returnee", ReturnField.PERSONS,
				"12", ReturnField.ORIGIN_COUNTRY, "lbn", ReturnField.ENTRY_POINT, "EP-1", ReturnField.FEMALE, "5",
				ReturnField.MALE, "7", ReturnField.HOUSEHOLDS, "3"), List.of());

		ReturnCount content = new ReturnCount(LocalDate.of(2018, 10, 22), ReturnCategory.REFUGEE_RETURNEE, 12,
				new ReturnCount.Destination("SY01", null, null, null), "LBN", null, "EP-1", 5, 7,
				ReturnCount.AgeBreakdown.UNKNOWN, 3);
		assertThat(row).contains(new ValidatedRow(4, "UNHCR", "r-1", false, content, ContentHash.of(content)));
	}

	@Test
	void checksThatSexesAgesAndHouseholdsAddUpToThePersonsOfTheRow() {
		validate(Map.of(ReturnField.FEMALE, "5", ReturnField.MALE, "8"),
				List.of("#male: Female (5) and male (8) add up to 13, not to the 12 persons of the row."));
		validate(Map.of(ReturnField.FEMALE, "13"), List.of("#female: More persons of one sex than the 12 persons of the row."));
		validate(Map.of(ReturnField.AGE_0_4, "1", ReturnField.AGE_5_11, "1", ReturnField.AGE_12_17, "1",
				ReturnField.AGE_18_59, "1", ReturnField.AGE_60_PLUS, "1"),
				List.of("#age_60_plus: The five age bands add up to 5, not to the 12 persons of the row."));
		validate(Map.of(ReturnField.AGE_0_4, "13"),
				List.of("#age_60_plus: The age bands given add up to 13, more than the 12 persons of the row."));
		validate(Map.of(ReturnField.HOUSEHOLDS, "13"), List.of("#households: More households than the 12 persons of the row."));
	}

	@Test
	void readsCountsAsWholeNumbersOfPersons() {
		validate(Map.of(ReturnField.PERSONS, "-4"), List.of("#persons: A count cannot be negative."));
		validate(Map.of(ReturnField.PERSONS, "4.5"),
				List.of("#persons: A count is a whole number of persons, written with digits only."));
		validate(Map.of(ReturnField.PERSONS, "9999999999"), List.of("#persons: The count is too large for one row."));
	}

	@Test
	void asksRefugeesForTheirHostCountryAndDisplacedPeopleForNone() {
		validate(Map.of(ReturnField.CATEGORY, "refugee_returnee"),
				List.of("#origin_country: A refugee_returnee row needs the ISO 3166-1 alpha-3 code of the host country."));
		validate(Map.of(ReturnField.CATEGORY, "refugee_returnee", ReturnField.ORIGIN_COUNTRY, "SYR"),
				List.of("#origin_country: A refugee returnee comes home from another country."));
		validate(Map.of(ReturnField.CATEGORY, "refugee_returnee", ReturnField.ORIGIN_COUNTRY, "LBN",
				ReturnField.ORIGIN_ADM1, "SY03"), List.of("#origin_adm1: A governorate of displacement is for "
						+ "idp_returnee rows; refugees name their host country."));
		validate(Map.of(ReturnField.ORIGIN_COUNTRY, "LBN"),
				List.of("#origin_country: An idp_returnee was displaced inside the country: leave the host country empty."));
		validate(Map.of(ReturnField.ORIGIN_COUNTRY, "XXX"),
				List.of("#origin_country: This is not an ISO 3166-1 alpha-3 country code."));
		validate(Map.of(ReturnField.ENTRY_POINT, "SY03"), List.of("#entry_point: No entry point has this code."));
		validate(Map.of(ReturnField.ORIGIN_ADM1, "EP-1"),
				List.of("#origin_adm1: This is not the p-code of a governorate."));
	}

	@Test
	void namesTheDestinationAndCategoryProblems() {
		validate(Map.of(ReturnField.ADM1, "SY99"), List.of("#adm1: This is not the p-code of a governorate."));
		validate(Map.of(ReturnField.CATEGORY, "returnee"),
				List.of("#category: The category must be idp_returnee or refugee_returnee."));
		validate(Map.of(ReturnField.DAY, "2026-12-02"), List.of("#day: The day is after today (2026-12-01)."));
	}

	@Test
	void aVoidNeedsOnlyItsIdAndSource() {
		Map<ReturnField, String> values = Map.of(ReturnField.RECORD_ID, "r-9", ReturnField.SOURCE, "unhcr",
				ReturnField.VOID, "true");
		List<InputError> errors = new ArrayList<>();

		assertThat(validator.validate(new ReturnRowInput(7, values), errors))
			.contains(new ValidatedRow(7, "UNHCR", "r-9", true, null, "void"));
		assertThat(errors).isEmpty();
	}

	/** Validates a row of 12 returnees to SY01 on 2018-10-22, with the values given changed. */
	private Optional<ValidatedRow> validate(Map<ReturnField, String> changed, List<String> expected) {
		Map<ReturnField, String> values = new EnumMap<>(ReturnField.class);
		values.put(ReturnField.RECORD_ID, "r-1");
		values.put(ReturnField.SOURCE, "UNHCR");
		values.put(ReturnField.DAY, "2018-10-22");
		values.put(ReturnField.CATEGORY, "idp_returnee");
		values.put(ReturnField.PERSONS, "12");
		values.put(ReturnField.ADM1, "SY01");
		values.putAll(changed);
		List<InputError> errors = new ArrayList<>();
		Optional<ValidatedRow> row = validator.validate(new ReturnRowInput(4, values), errors);
		assertThat(errors).extracting(error -> error.column() + ": " + error.message())
			.as("problems of %s", changed).containsExactlyElementsOf(expected);
		assertThat(row.isPresent()).isEqualTo(expected.isEmpty());
		return row;
	}

	private static Place place(String code, PlaceKind kind) {
		return new Place(code, kind, null, "SY/" + code + "/", new PlaceNames(code, code, code), null, null, null, null);
	}
}
