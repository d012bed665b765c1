package org.homeward.statedfigures;

import java.util.Objects;

/** A figure another source stated, as a briefing quotes it: whose it is and what it says. */
public record QuotedFigure(String source, StatedFigure figure) {

	public QuotedFigure {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(figure, "figure");
	}
}
