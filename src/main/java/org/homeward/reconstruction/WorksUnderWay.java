package org.homeward.reconstruction;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Facilities whose latest status on or before a day is "works under way", by type code and by governorate p-code,
 * and the number of distinct settlements (finest p-codes) they stand in. The maps are ordered by code, so that the
 * same figures are written in the same order on every start.
 */
public record WorksUnderWay(long settlements, Map<String, Long> byType, Map<String, Long> byGovernorate) {

	public WorksUnderWay {
		byType = ordered(byType);
		byGovernorate = ordered(byGovernorate);
	}

	private static SortedMap<String, Long> ordered(Map<String, Long> counts) {
		return Collections.unmodifiableSortedMap(new TreeMap<>(counts));
	}
}
