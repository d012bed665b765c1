package org.homeward.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What the quality checks found in the returns and facility ledgers for a period (exchange contract, section 7):
 * counts out of line with their place's history, figures that break a validation rule, how completely and how
 * promptly each source and area reported, and who stopped reporting.
 */
public record QualityReport(LocalDate from, LocalDate asOf, List<Outlier> outliers, List<Completeness> completeness,
		List<SilentSource> silentSources, List<Violation> validation) {

	public QualityReport {
		outliers = List.copyOf(outliers);
		completeness = List.copyOf(completeness);
		silentSources = List.copyOf(silentSources);
		validation = List.copyOf(validation);
	}

	/** Whether nothing was found out of line: no outlier, no broken rule, no silent source. */
	public boolean clean() {
		return outliers.isEmpty() && silentSources.isEmpty() && validation.isEmpty();
	}

	/** The tests an outlier may fail. */
	public enum Test {
		/** Iglewicz–Hoaglin: |0.6745·(x − median) / MAD| above the threshold, against the weeks before the day. */
		MODIFIED_Z_SCORE,
		/** Outside the lowest and highest counts learned for the place over the year before the day. */
		MIN_MAX;

		/** The test as the API names it: {@code modified-z-score}, {@code min-max}. */
		@JsonValue
		public String code() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}

	/**
	 * One record whose count is out of line with its place's history: the place is its entry point, or its
	 * governorate when it names none, for the same source and category.
	 *
	 * @param score the modified z-score, two decimals; null when the history had too few days, or never varied
	 * @param median the median of the history the score was taken against, or null
	 * @param lowest the lowest count the place's bounds allow, or null when too short a history learned none
	 * @param highest the highest count the place's bounds allow, or null
	 */
	public record Outlier(String source, String id, LocalDate date, String adm1, String place, String category,
			int persons, Double score, Double median, Double lowest, Double highest, List<Test> tests, String reason) {

		public Outlier {
			tests = List.copyOf(tests);
		}

		/** Whether the count lies above what was expected (else below). */
		public boolean above() {
			return median != null ? persons > median : highest != null && persons > highest;
		}
	}

	/**
	 * How one source reported for one governorate (adm1 null: for any), over the period: on how many days it was
	 * expected to, on how many it did, and on how many of those its first record came in late.
	 */
	public record Completeness(String source, String adm1, int expectedDays, int reportedDays, int lateDays) {
	}

	/** A source (adm1 null) or a source's governorate that reported every week, then nothing for some days. */
	public record SilentSource(String source, String adm1, LocalDate lastReported, int silentDays) {
	}

	/**
	 * A validation rule the figures break: which rule, of which source and governorate, over which days, the
	 * records or events concerned (by the source's ids), the facility when it is one, and what is wrong.
	 *
	 * @param otherSource the source whose figure {@code value} exceeds, or null
	 * @param value the figure that breaks the rule (returns from abroad), or null
	 * @param limit the figure it may not exceed (all returns as the other source counts them), or null
	 */
	public record Violation(Rule rule, String source, String adm1, LocalDate from, LocalDate to, String facility,
			List<String> ids, String otherSource, Long value, Long limit, String message) {

		public Violation {
			ids = List.copyOf(ids);
		}
	}

	/** The validation rules (DHIS2's, for these ledgers). */
	public enum Rule {
		/** A governorate's returns from abroad, as one source counts them, above all its returns as another does. */
		ABROAD_ABOVE_TOTAL("abroad-above-total"),
		/** A facility put into operation without works under way since it was (last) damaged. */
		OPENED_WITHOUT_WORKS("opened-without-works");

		private final String code;

		Rule(String code) {
			this.code = code;
		}

		/** The rule as the API names it. */
		@JsonValue
		public String code() {
			return code;
		}
	}
}
