package org.homeward.ledger;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day of a source's records at a place that a batch would change, as the version it replaces or the version it
 * adds names them: what an approval of a period locks.
 *
 * @param place the finest admin unit the record names (a return's destination, a facility's settlement)
 */
public record ChangedDay(String source, LocalDate day, String place) {

	public ChangedDay {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(day, "day");
		Objects.requireNonNull(place, "place");
	}
}
