package org.homeward.quality.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.homeward.quality.QualityReport;
import org.homeward.quality.QualityReport.Violation;

/**
 * Every quality check over records and events already read: plain Java, so that the planted-fault benchmark runs
 * the same checks as the API without a database.
 */
public final class QualityChecks {

	private final QualitySettings settings;
	private final Outliers outliers;
	private final Completeness completeness;

	public QualityChecks(QualitySettings settings, ZoneId zone) {
		this.settings = settings;
		this.outliers = new Outliers(settings);
		this.completeness = new Completeness(settings, zone);
	}

	/** The first day of the records a check of the period from {@code from} needs. */
	public LocalDate historyStart(LocalDate from) {
		return from.minusDays(settings.lookBackDays());
	}

	/**
	 * The report of the days {@code from}..{@code asOf} for the checked sources.
	 *
	 * @param observations the checked sources' records from {@link #historyStart} to {@code asOf}
	 * @param weeks what every source counted per governorate in each week of the period
	 * @param events the checked sources' facility events, all of them
	 */
	public QualityReport check(Collection<String> checked, List<Observation> observations, List<GovernorateWeek> weeks,
			List<FacilityEvent> events, LocalDate from, LocalDate asOf) {
		List<Observation> records = observations.stream().filter(record -> checked.contains(record.source())).toList();
		List<Observation> ofPeriod = records.stream()
			.filter(record -> !record.day().isBefore(from) && !record.day().isAfter(asOf)).toList();
		List<Violation> validation = new ArrayList<>(ValidationRules.abroadAboveTotal(checked, weeks, ofPeriod));
		validation.addAll(ValidationRules.openedWithoutWorks(
				events.stream().filter(event -> checked.contains(event.source())).toList(), from, asOf));
		return new QualityReport(from, asOf, outliers.find(records, from, asOf), completeness.of(records, from, asOf),
				completeness.silent(records, asOf), validation);
	}
}
