package org.homeward.statedfigures;

import java.util.List;

/**
 * A stated figure beside what the same source's records count for its day and scope, with the problems the checks
 * found that concern it.
 *
 * @param recorded the persons the records count for the same days and scope, or null when they cannot say (the
 *        figure names more than one of host country, entry point and governorate, or the source has no records)
 */
public record StatedFigureComparison(StatedFigure figure, Long recorded, List<FigureProblem> problems) {

	public StatedFigureComparison {
		problems = List.copyOf(problems);
	}

	/** The stated figure less the recorded one: above 0 when the source stated more than its records hold. */
	public Long difference() {
		return recorded == null ? null : figure.persons() - recorded;
	}

	/** The other figures a problem names beside this one, as its ids name them. */
	public List<String> othersIn(FigureProblem problem) {
		return problem.ids().stream().filter(id -> !id.equals(figure.id())).toList();
	}
}
