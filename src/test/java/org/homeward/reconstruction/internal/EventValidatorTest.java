package org.homeward.reconstruction.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.homeward.access.Scope;
import org.homeward.geography.Places;
import org.homeward.ledger.ContentHash;
import org.homeward.reconstruction.FacilityField;
import org.homeward.reconstruction.FacilityRowInput;
import org.homeward.reconstruction.FacilityStatus;
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

/** The rules of a facility status event, without the application: reference data is the test's own. */
class EventValidatorTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	private final Places places = mock(Places.class);
	private final Sources sources = mock(Sources.class);

	private EventValidator validator;

	@BeforeEach
	void referenceData() {
		when(sources.find(any())).thenReturn(Optional.empty());
		when(sources.find("MOE")).thenReturn(Optional.of(new Source("MOE", "Ministry", SourceKind.values()[0], true,
				java.time.Instant.EPOCH, "admin")));
		when(places.destination(any(String[].class))).thenReturn(new Places.Destination(List.of(), 1,
				"This district is not in the governorate given."));
		when(places.destination("SY12", "SY1201", null, null))
			.thenReturn(new Places.Destination(Arrays.asList("SY12", "SY1201", null, null), -1, null));
		Map<FacilityField, String> columns = new EnumMap<>(FacilityField.class);
		for (FacilityField field : FacilityField.values()) {
			columns.put(field, "#" + field.name().toLowerCase());
		}
		validator = new EventValidator(places, sources, Set.of("school", "bakery"), TODAY, columns, Scope.EVERYTHING);
	}

	@Test
	void turnsAValidEventIntoAStagedOneWithItsFingerprint() {
		Optional<StagedEvent> event = validate(Map.of(FacilityField.FACILITY_TYPE, "Bakery",
				FacilityField.FACILITY_NAME, " Central bakery "), List.of());

		assertThat(event).contains(new StagedEvent(3, "MOE", "e-1", false, "BK-1", "Central bakery", "bakery", "SY12",
				"SY1201", FacilityStatus.IN_OPERATION, LocalDate.of(2018, 6, 1), ContentHash.of("BK-1", "bakery",
						"SY1201", "IN_OPERATION", LocalDate.of(2018, 6, 1), "Central bakery")));
	}

	@Test
	void namesEveryProblemOfAnEvent() {
		validate(Map.of(FacilityField.FACILITY_TYPE, "mosque"),
				List.of("#facility_type: This is not a registered facility type (bakery, school)."));
		validate(Map.of(FacilityField.STATUS, "rebuilt"),
				List.of("#status: The status must be damaged, works_under_way or in_operation."));
		validate(Map.of(FacilityField.ADM2, "SY0101"), List.of("#adm2: This district is not in the governorate given."));
		validate(Map.of(FacilityField.FACILITY_NAME, "two\nlines"), List.of("#facility_name: A facility name is one "
				+ "line of at most 300 characters, with no control characters (a line break in a cell is one: write a "
				+ "space instead)."));
		validate(Map.of(FacilityField.FACILITY_CODE, "a;b"), List.of("#facility_code: An id holds letters, digits, "
				+ "spaces and signs such as - _ . : / ' \" ( ) = + @; not ; (it separates parameters in a link)."));
		validate(Map.of(FacilityField.DAY, "2018-02-30"), List.of("#day: A day is written YYYY-MM-DD, as 2018-10-22."));
		validate(Map.of(FacilityField.SOURCE, "UNHCR"), List.of("#source: No source is registered with this code."));
	}

	@Test
	void aVoidNeedsOnlyItsIdAndSource() {
		List<InputError> errors = new ArrayList<>();

		assertThat(validator.validate(new FacilityRowInput(5, Map.of(FacilityField.EVENT_ID, "e-7",
				FacilityField.SOURCE, "moe", FacilityField.VOID, "true")), errors))
			.contains(new StagedEvent(5, "MOE", "e-7", true, null, null, null, null, null, null, null, "void"));
		assertThat(errors).isEmpty();
	}

	/** Validates a bakery put into operation in SY1201 on 2018-06-01, with the values given changed. */
	private Optional<StagedEvent> validate(Map<FacilityField, String> changed, List<String> expected) {
		Map<FacilityField, String> values = new EnumMap<>(FacilityField.class);
		values.put(FacilityField.EVENT_ID, "e-1");
		values.put(FacilityField.SOURCE, "MOE");
		values.put(FacilityField.FACILITY_CODE, "BK-1");
		values.put(FacilityField.FACILITY_TYPE, "bakery");
		values.put(FacilityField.ADM1, "SY12");
		values.put(FacilityField.ADM2, "SY1201");
		values.put(FacilityField.STATUS, "in_operation");
		values.put(FacilityField.DAY, "2018-06-01");
		values.putAll(changed);
		List<InputError> errors = new ArrayList<>();
		Optional<StagedEvent> event = validator.validate(new FacilityRowInput(3, values), errors);
		assertThat(errors).extracting(error -> error.column() + ": " + error.message())
			.as("problems of %s", changed).containsExactlyElementsOf(expected);
		assertThat(event.isPresent()).isEqualTo(expected.isEmpty());
		return event;
	}
}
