package org.homeward.quality.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.homeward.returns.ReturnCategory;

/** What one source counted for one governorate over one week: displaced people and refugees who came home. */
public record GovernorateWeek(String source, String adm1, LocalDate from, LocalDate to, long idp, long refugees) {

	public long total() {
		return idp + refugees;
	}

	/**
	 * The seven-day weeks of a period, the last ending with its last day; the first holds what is left, fewer days
	 * when the period is not whole weeks. Each as {first day, last day}, oldest first.
	 */
	public static List<LocalDate[]> weeks(LocalDate from, LocalDate to) {
		List<LocalDate[]> weeks = new ArrayList<>();
		for (LocalDate end = to; !end.isBefore(from); end = end.minusDays(7)) {
			LocalDate start = end.minusDays(6);
			weeks.add(0, new LocalDate[] { start.isBefore(from) ? from : start, end });
		}
		return weeks;
	}

	/** The weeks of a period as the records count them, for every source and governorate they name. */
	public static List<GovernorateWeek> of(List<Observation> observations, LocalDate from, LocalDate to) {
		List<GovernorateWeek> tallies = new ArrayList<>();
		for (LocalDate[] week : weeks(from, to)) {
			Map<String, Map<String, long[]>> counts = new TreeMap<>();
			for (Observation observation : observations) {
				if (!observation.day().isBefore(week[0]) && !observation.day().isAfter(week[1])) {
					long[] count = counts.computeIfAbsent(observation.source(), source -> new TreeMap<>())
						.computeIfAbsent(observation.adm1(), adm1 -> new long[2]);
					count[observation.category() == ReturnCategory.IDP_RETURNEE ? 0 : 1] += observation.persons();
				}
			}
			counts.forEach((source, byGovernorate) -> byGovernorate.forEach((adm1, count) -> tallies
				.add(new GovernorateWeek(source, adm1, week[0], week[1], count[0], count[1]))));
		}
		return tallies;
	}
}
