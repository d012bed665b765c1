package org.homeward.quality.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.homeward.quality.QualityReport.Rule;
import org.homeward.quality.QualityReport.Violation;
import org.homeward.reconstruction.FacilityStatus;
import org.homeward.returns.ReturnCategory;

/**
 * The validation rules between figures, as DHIS2 has them: a governorate's returns from abroad not above its
 * returns, and no facility put into operation without works under way before.
 */
public final class ValidationRules {

	private ValidationRules() {
	}

	/**
	 * Weeks in which a checked source counts more refugees coming home to a governorate than another source counts
	 * returns there in all. Only a source that counted displaced people there that week counts all returns; one
	 * that counts refugees only is no measure of the total.
	 *
	 * @param records the checked sources' records of the period, to name the ones concerned
	 */
	public static List<Violation> abroadAboveTotal(Collection<String> checked, List<GovernorateWeek> weeks,
			List<Observation> records) {
		List<Violation> violations = new ArrayList<>();
		for (GovernorateWeek abroad : weeks) {
			if (!checked.contains(abroad.source()) || abroad.refugees() == 0) {
				continue;
			}
			for (GovernorateWeek all : weeks) {
				if (all.source().equals(abroad.source()) || !all.adm1().equals(abroad.adm1())
						|| !all.to().equals(abroad.to()) || all.idp() == 0 || abroad.refugees() <= all.total()) {
					continue;
				}
				List<String> ids = records.stream()
					.filter(record -> record.source().equals(abroad.source()) && record.adm1().equals(abroad.adm1())
							&& record.category() == ReturnCategory.REFUGEE_RETURNEE
							&& !record.day().isBefore(abroad.from()) && !record.day().isAfter(abroad.to()))
					.map(Observation::id).sorted().toList();
				violations.add(new Violation(Rule.ABROAD_ABOVE_TOTAL, abroad.source(), abroad.adm1(), abroad.from(),
						abroad.to(), null, ids, all.source(), abroad.refugees(), all.total(), String.format(Locale.ROOT,
								"%s counts %,d returns from abroad to %s from %s to %s, more than the %,d returns in all"
										+ " that %s counts there.",
								abroad.source(), abroad.refugees(), abroad.adm1(), abroad.from(), abroad.to(),
								all.total(), all.source())));
			}
		}
		return violations;
	}

	/**
	 * Facilities put into operation on a day of the period (their status became in operation) with no works under
	 * way recorded since they were last damaged, or ever when no damage was recorded.
	 */
	public static List<Violation> openedWithoutWorks(List<FacilityEvent> events, LocalDate from, LocalDate to) {
		Map<String, List<FacilityEvent>> facilities = new LinkedHashMap<>();
		events.stream().sorted(Comparator.comparing(FacilityEvent::source).thenComparing(FacilityEvent::facility)
			.thenComparing(FacilityEvent::day).thenComparing(FacilityEvent::status).thenComparing(FacilityEvent::id))
			.forEach(event -> facilities.computeIfAbsent(event.source() + '\u0000' + event.facility(),
					key -> new ArrayList<>()).add(event));
		List<Violation> violations = new ArrayList<>();
		for (List<FacilityEvent> history : facilities.values()) {
			FacilityStatus status = null;
			boolean works = false;
			for (FacilityEvent event : history) {
				if (event.status() == FacilityStatus.IN_OPERATION && status != FacilityStatus.IN_OPERATION && !works
						&& !event.day().isBefore(from) && !event.day().isAfter(to)) {
					violations.add(new Violation(Rule.OPENED_WITHOUT_WORKS, event.source(), event.adm1(), event.day(),
							event.day(), event.facility(), List.of(event.id()), null, null, null,
							"Facility " + event.facility() + " was put into operation on " + event.day()
									+ (status == FacilityStatus.DAMAGED
											? " with no works under way recorded since it was damaged."
											: " with no works under way recorded before.")));
				}
				works = switch (event.status()) {
					case WORKS_UNDER_WAY -> true;
					case DAMAGED, IN_OPERATION -> false;
				};
				status = event.status();
			}
		}
		violations.sort(Comparator.comparing(Violation::from).thenComparing(Violation::source)
			.thenComparing(Violation::facility));
		return violations;
	}
}
