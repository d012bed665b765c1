package org.homeward.registrations;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the registrations say after linkage, as of a day (exchange contract, section 5): registrations made by that
 * day, the distinct people and households they stand for, the people who came home in the period, and how many
 * registrations were the same person as another, within one source and across sources; people by category,
 * governorate of destination, host country and entry point (of their earliest registration). No person is named.
 * {@code registrations} = {@code people} + {@code withinSource} + {@code acrossSources}.
 */
public record RegistrationFigures(LocalDate asOf, int days, long registrations, long people, long households,
		long inPeriod, Map<String, Long> byCategory, Map<String, Long> byDestination, Map<String, Long> byHostCountry,
		Map<String, Long> byEntryPoint, Map<String, Long> bySource, Duplicates duplicates) {

	/** Registrations beyond the first of each person in each source, and sources beyond the first of each person. */
	public record Duplicates(long withinSource, long acrossSources) {
	}
}
