package org.homeward.quality.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.homeward.quality.QualityReport;
import org.homeward.quality.QualityReport.SilentSource;

/**
 * Completeness and timeliness per source and governorate (and per source over all of them): the days a source was
 * expected to report, those it did, those whose first record came late; and the sources and governorates that
 * reported every week and then fell silent.
 */
public final class Completeness {

	private final QualitySettings settings;
	private final ZoneId zone;

	public Completeness(QualitySettings settings, ZoneId zone) {
		this.settings = settings;
		this.zone = zone;
	}

	/**
	 * Each source and governorate that reported in the period or in the weeks before it. Expected are the days of
	 * the period on the weekdays it usually reports on: those it reported on in at least half the weeks of the
	 * history before the period, at least its most frequent one; every day when it has no history yet.
	 */
	public List<QualityReport.Completeness> of(List<Observation> observations, LocalDate from, LocalDate to) {
		List<QualityReport.Completeness> rows = new ArrayList<>();
		LocalDate historyStart = from.minusDays(settings.historyDays());
		byReporter(observations).forEach((reporter, days) -> {
			Map<DayOfWeek, Integer> weekdays = new EnumMap<>(DayOfWeek.class);
			int reported = 0;
			int late = 0;
			for (Map.Entry<LocalDate, Instant> day : days.entrySet()) {
				LocalDate date = day.getKey();
				if (!date.isBefore(historyStart) && date.isBefore(from)) {
					weekdays.merge(date.getDayOfWeek(), 1, Integer::sum);
				}
				else if (!date.isBefore(from) && !date.isAfter(to)) {
					reported++;
					LocalDate learned = day.getValue().atZone(zone).toLocalDate();
					if (ChronoUnit.DAYS.between(date, learned) > settings.lateAfterDays()) {
						late++;
					}
				}
			}
			if (reported == 0 && weekdays.isEmpty()) {
				return;
			}
			LocalDate firstInHistory = days.ceilingKey(historyStart);
			long weeks = firstInHistory == null || !firstInHistory.isBefore(from) ? 0
					: (ChronoUnit.DAYS.between(firstInHistory, from) + 6) / 7;
			Set<DayOfWeek> usual = usualWeekdays(weekdays, weeks);
			int expected = 0;
			for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
				if (usual.contains(day.getDayOfWeek())) {
					expected++;
				}
			}
			rows.add(new QualityReport.Completeness(reporter.source(), reporter.adm1(), expected, reported, late));
		});
		return rows;
	}

	/**
	 * The sources, and the governorates of sources that still report elsewhere, that reported in each of the
	 * weeks before their last report and nothing since for at least the silence the settings name.
	 */
	public List<SilentSource> silent(List<Observation> observations, LocalDate asOf) {
		List<SilentSource> silent = new ArrayList<>();
		Set<String> silentSources = new java.util.HashSet<>();
		byReporter(observations).forEach((reporter, days) -> {
			if (reporter.adm1() != null && silentSources.contains(reporter.source())) {
				return;
			}
			LocalDate last = days.floorKey(asOf);
			if (last == null) {
				return;
			}
			long quiet = ChronoUnit.DAYS.between(last, asOf);
			if (quiet < settings.silentAfterDays()) {
				return;
			}
			for (int week = 0; week < settings.silentWeeks(); week++) {
				LocalDate weekEnd = last.minusWeeks(week);
				LocalDate weekStart = weekEnd.minusDays(6);
				if (days.subMap(weekStart, true, weekEnd, true).isEmpty()) {
					return;
				}
			}
			if (reporter.adm1() == null) {
				silentSources.add(reporter.source());
			}
			silent.add(new SilentSource(reporter.source(), reporter.adm1(), last, (int) quiet));
		});
		return silent;
	}

	/**
	 * The weekdays reported on in at least half the weeks of the history (counted from the first report in it), and
	 * the most frequent one in any case; every weekday without a history.
	 */
	private static Set<DayOfWeek> usualWeekdays(Map<DayOfWeek, Integer> weekdays, long weeks) {
		if (weekdays.isEmpty()) {
			return EnumSet.allOf(DayOfWeek.class);
		}
		Set<DayOfWeek> usual = EnumSet.noneOf(DayOfWeek.class);
		usual.add(weekdays.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey());
		weekdays.forEach((weekday, count) -> {
			if (count * 2 >= weeks) {
				usual.add(weekday);
			}
		});
		return usual;
	}

	/** Who reports: a source for one governorate, or (adm1 null) for any. */
	private record Reporter(String source, String adm1) {
	}

	/** For each reporter, source by source, the source first: each day it reported and when it first learned of it. */
	private static Map<Reporter, TreeMap<LocalDate, Instant>> byReporter(List<Observation> observations) {
		Map<Reporter, TreeMap<LocalDate, Instant>> reporters = new TreeMap<>(Comparator.comparing(Reporter::source)
			.thenComparing(Reporter::adm1, Comparator.nullsFirst(Comparator.naturalOrder())));
		for (Observation observation : observations) {
			for (Reporter reporter : List.of(new Reporter(observation.source(), null),
					new Reporter(observation.source(), observation.adm1()))) {
				reporters.computeIfAbsent(reporter, key -> new TreeMap<>()).merge(observation.day(),
						observation.firstRecordedAt(), (a, b) -> a.isBefore(b) ? a : b);
			}
		}
		return reporters;
	}
}
