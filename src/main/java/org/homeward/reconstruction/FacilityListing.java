package org.homeward.reconstruction;

import java.time.LocalDate;

/** A facility in a list: where it stands, and its latest status (null before its first event counts). */
public record FacilityListing(String source, String code, String name, String type, String settlement,
		String governorate, FacilityStatus status, LocalDate statusOn) {
}
