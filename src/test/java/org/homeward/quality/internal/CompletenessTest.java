package org.homeward.quality.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.homeward.quality.QualityReport;
import org.homeward.returns.ReturnCategory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Days expected, reported and late, and silence, for a daily and a weekly reporter. */
class CompletenessTest {

	/** A Monday. */
	private static final LocalDate FROM = LocalDate.of(2018, 10, 15);
	private static final LocalDate TO = FROM.plusDays(13);
	private final Completeness completeness = new Completeness(QualitySettings.DEFAULTS, ZoneOffset.UTC);

	@Test
	void expectsADailySourceEveryDayAndCountsTheDaysItMissedAndThoseItSentLate() {
		List<Observation> records = new ArrayList<>();
		for (LocalDate day = FROM.minusWeeks(8); !day.isAfter(TO); day = day.plusDays(1)) {
			if (day.equals(FROM.plusDays(3)) || day.equals(FROM.plusDays(4))) {
				continue;
			}
			// two days of the period recorded three days late, one two days late (not late)
			int delay = day.equals(FROM) || day.equals(FROM.plusDays(6)) ? 3 : day.equals(FROM.plusDays(7)) ? 2 : 0;
			records.add(record("DAILY", "SY02", day, delay));
		}

		assertThat(completeness.of(records, FROM, TO)).containsExactly(
				new QualityReport.Completeness("DAILY", null, 14, 12, 2),
				new QualityReport.Completeness("DAILY", "SY02", 14, 12, 2));
	}

	@Test
	void expectsAWeeklySourceOnItsDay() {
		List<Observation> records = new ArrayList<>();
		for (LocalDate day = FROM.minusWeeks(8); !day.isAfter(TO); day = day.plusDays(1)) {
			if (day.getDayOfWeek() == DayOfWeek.SUNDAY && !day.equals(TO)) {
				records.add(record("WEEKLY", "SY04", day, 1));
			}
		}

		assertThat(completeness.of(records, FROM, TO)).contains(new QualityReport.Completeness("WEEKLY", "SY04", 2, 1, 0));
	}

	@Test
	void namesAGovernorateSilentForFifteenDaysAfterEightWeeksOfReports() {
		List<Observation> records = new ArrayList<>();
		for (LocalDate day = TO.minusWeeks(10); !day.isAfter(TO); day = day.plusDays(1)) {
			records.add(record("DAILY", "SY02", day, 0));
			if (day.isBefore(TO.minusDays(14))) {
				records.add(record("DAILY", "SY05", day, 0));
			}
		}

		assertThat(completeness.silent(records, TO)).containsExactly(
				new QualityReport.SilentSource("DAILY", "SY05", TO.minusDays(15), 15));
	}

	@Test
	void doesNotCallASourceSilentThatWasNotReportingEveryWeek() {
		List<Observation> records = new ArrayList<>();
		for (LocalDate day = TO.minusWeeks(10); day.isBefore(TO.minusDays(20)); day = day.plusDays(14)) {
			records.add(record("SPORADIC", "SY05", day, 0));
		}

		assertThat(completeness.silent(records, TO)).isEmpty();
	}

	private static Observation record(String source, String adm1, LocalDate day, int daysLate) {
		return new Observation(source, source + "-" + adm1 + "-" + day, day, adm1, adm1, ReturnCategory.IDP_RETURNEE,
				10, Instant.parse(day.plusDays(daysLate) + "T12:00:00Z"));
	}
}
