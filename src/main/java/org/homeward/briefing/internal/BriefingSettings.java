package org.homeward.briefing.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many briefings as known now are kept to be answered again until a ledger changes
 * ({@code homeward.briefing.recent}, {@code HOMEWARD_BRIEFING_RECENT}); 0 computes every request anew, as the
 * benchmarks do to measure what a briefing costs.
 */
@ConfigurationProperties("homeward.briefing")
public record BriefingSettings(@DefaultValue("2048") int recent) {

	public BriefingSettings {
		if (recent < 0) {
			throw new IllegalArgumentException("homeward.briefing.recent is a number of briefings, 0 or more");
		}
	}
}
