package org.homeward.quality.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the quality checks judge ({@code homeward.quality.*}).
 *
 * @param historyDays the days before a record's day its modified z-score is taken against
 * @param minimumHistory the fewest records of that history (or of the bounds' year) a test needs
 * @param threshold the modified z-score above which (in absolute value) a count is an outlier (Iglewicz–Hoaglin)
 * @param boundsDays the days before a record's day over which a place's minimum and maximum are learned
 * @param boundsFactor how far beyond the learned bounds a count may lie: below the 2.5th percentile divided by it,
 *        above the 97.5th times it
 * @param lateAfterDays a day's first record recorded more than this many days after the day is late
 * @param silentAfterDays a source that reported every week and nothing for this many days is silent
 * @param silentWeeks the weeks before the silence in each of which it must have reported
 */
@ConfigurationProperties("homeward.quality")
public record QualitySettings(@DefaultValue("56") int historyDays, @DefaultValue("10") int minimumHistory,
		@DefaultValue("3.5") double threshold, @DefaultValue("364") int boundsDays, @DefaultValue("2") double boundsFactor,
		@DefaultValue("2") int lateAfterDays, @DefaultValue("14") int silentAfterDays, @DefaultValue("8") int silentWeeks) {

	/** The settings as shipped. */
	public static final QualitySettings DEFAULTS = new QualitySettings(56, 10, 3.5, 364, 2, 2, 14, 8);

	public QualitySettings {
		if (historyDays < 7 || minimumHistory < 3 || threshold <= 0 || boundsDays < historyDays || boundsFactor < 1
				|| lateAfterDays < 0 || silentAfterDays < 1 || silentWeeks < 1) {
			throw new IllegalArgumentException("homeward.quality settings out of range");
		}
	}

	/** The days before a period the checks read: the longest history any of them looks at. */
	int lookBackDays() {
		return Math.max(boundsDays, silentAfterDays + silentWeeks * 7);
	}
}
