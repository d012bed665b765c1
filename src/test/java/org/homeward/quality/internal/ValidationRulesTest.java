package org.homeward.quality.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.homeward.quality.QualityReport.Rule;
import org.homeward.quality.QualityReport.Violation;
import org.homeward.reconstruction.FacilityStatus;
import org.homeward.returns.ReturnCategory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The validation rules: returns from abroad against all returns, and openings against works. */
class ValidationRulesTest {

	private static final LocalDate FROM = LocalDate.of(2018, 10, 16);
	private static final LocalDate TO = LocalDate.of(2018, 10, 22);

	@Test
	void findsAWeekWhoseReturnsFromAbroadExceedAllReturnsAnotherSourceCounts() {
		List<GovernorateWeek> weeks = List.of(new GovernorateWeek("XING", "SY12", FROM, TO, 0, 1_200),
				new GovernorateWeek("OFFICE", "SY12", FROM, TO, 300, 600),
				new GovernorateWeek("UNHCR", "SY12", FROM, TO, 0, 50));
		List<Observation> records = List.of(new Observation("XING", "X-2", TO, "SY12", "NASIB",
				ReturnCategory.REFUGEE_RETURNEE, 700, Instant.parse("2018-10-22T10:00:00Z")),
				new Observation("XING", "X-1", FROM, "SY12", "NASIB", ReturnCategory.REFUGEE_RETURNEE, 500,
						Instant.parse("2018-10-16T10:00:00Z")));

		List<Violation> found = ValidationRules.abroadAboveTotal(Set.of("XING", "OFFICE", "UNHCR"), weeks, records);

		// UNHCR counts refugees only: no measure of all returns; OFFICE's 900 are below XING's 1,200
		assertThat(found).containsExactly(new Violation(Rule.ABROAD_ABOVE_TOTAL, "XING", "SY12", FROM, TO, null,
				List.of("X-1", "X-2"), "OFFICE", 1_200L, 900L, "XING counts 1,200 returns from abroad to SY12 from "
						+ "2018-10-16 to 2018-10-22, more than the 900 returns in all that OFFICE counts there."));
	}

	@Test
	void findsAFacilityPutIntoOperationStraightFromDamaged() {
		List<FacilityEvent> events = List.of(event("F-1", "E-1", FacilityStatus.DAMAGED, "2017-03-01"),
				event("F-1", "E-2", FacilityStatus.IN_OPERATION, "2018-10-20"),
				event("F-2", "E-3", FacilityStatus.DAMAGED, "2017-03-01"),
				event("F-2", "E-4", FacilityStatus.WORKS_UNDER_WAY, "2018-05-01"),
				event("F-2", "E-5", FacilityStatus.IN_OPERATION, "2018-10-21"),
				// rebuilt once, damaged again, then opened with no new works
				event("F-3", "E-6", FacilityStatus.WORKS_UNDER_WAY, "2017-01-01"),
				event("F-3", "E-7", FacilityStatus.IN_OPERATION, "2017-06-01"),
				event("F-3", "E-8", FacilityStatus.DAMAGED, "2018-01-01"),
				event("F-3", "E-9", FacilityStatus.IN_OPERATION, "2018-10-22"));

		assertThat(ValidationRules.openedWithoutWorks(events, FROM, TO)).extracting(Violation::facility,
				Violation::ids, Violation::message)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("F-1", List.of("E-2"),
							"Facility F-1 was put into operation on 2018-10-20 with no works under way recorded since it was damaged."),
					org.assertj.core.groups.Tuple.tuple("F-3", List.of("E-9"),
							"Facility F-3 was put into operation on 2018-10-22 with no works under way recorded since it was damaged."));
	}

	private static FacilityEvent event(String facility, String id, FacilityStatus status, String day) {
		return new FacilityEvent("HQ", id, facility, "SY02", status, LocalDate.parse(day));
	}
}
