package org.homeward.statedfigures;

import java.time.LocalDate;
import java.util.Objects;

import org.homeward.returns.ReturnCategory;

/**
 * A headline figure as a source published it, in its current version: how many people came home as of a day,
 * over a period, and whom it counts. A scope left null counts all: both returnee types, every host country,
 * entry point and governorate.
 *
 * @param id the source's own id of the figure
 * @param url where the source published it; kept as text, never fetched
 */
public record StatedFigure(String id, LocalDate asOf, FigurePeriod period, ReturnCategory category,
		String originCountry, String entryPoint, String adm1, long persons, String url) {

	public StatedFigure {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(asOf, "asOf");
		Objects.requireNonNull(period, "period");
	}
}
