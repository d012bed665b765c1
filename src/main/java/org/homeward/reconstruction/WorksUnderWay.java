package org.homeward.reconstruction;

import java.util.Map;

/**
 * Facilities whose latest status on or before a day is "works under way", by type code and by governorate p-code,
 * and the number of distinct settlements (finest p-codes) they stand in.
 */
public record WorksUnderWay(long settlements, Map<String, Long> byType, Map<String, Long> byGovernorate) {

	public WorksUnderWay {
		byType = Map.copyOf(byType);
		byGovernorate = Map.copyOf(byGovernorate);
	}
}
