package org.homeward.statedfigures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.homeward.geography.Place;
import org.homeward.geography.PlaceKind;
import org.homeward.geography.Places;
import org.homeward.returns.Breakdown;
import org.homeward.returns.FigureQuery;
import org.homeward.returns.ReturnFigures;
import org.homeward.statedfigures.internal.SeriesChecks;
import org.homeward.statedfigures.internal.StatedFigureRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds a source's stated figures against each other and against its own return records, as known now: cumulative
 * totals that fell, parts that exceed or differ from their total, figures the records do not bear out.
 */
@Service
public class StatedFigureChecks {

	private final StatedFigureRepository figures;
	private final ReturnFigures returns;
	private final Places places;

	StatedFigureChecks(StatedFigureRepository figures, ReturnFigures returns, Places places) {
		this.figures = figures;
		this.returns = returns;
		this.places = places;
	}

	/** A source's current stated figures, by day and id. */
	@Transactional(readOnly = true)
	public List<StatedFigure> figures(String source) {
		return figures.current(source);
	}

	/** Every problem of a source's stated figures; none for a consistent series. */
	@Transactional(readOnly = true)
	public List<FigureProblem> problems(String source) {
		return problems(source, figures.current(source));
	}

	/**
	 * A source's current figures of the days {@code from} to {@code to}, each beside what its records count for the
	 * same days and scope and with the problems that concern it, found among all the source's figures.
	 */
	@Transactional(readOnly = true)
	public List<StatedFigureComparison> compared(String source, LocalDate from, LocalDate to) {
		List<StatedFigure> all = figures.current(source);
		List<FigureProblem> problems = problems(source, all);
		return all.stream().filter(figure -> !figure.asOf().isBefore(from) && !figure.asOf().isAfter(to))
			.map(figure -> {
				OptionalLong recorded = recorded(source, figure);
				return new StatedFigureComparison(figure, recorded.isPresent() ? recorded.getAsLong() : null,
						problems.stream().filter(problem -> problem.ids().contains(figure.id())).toList());
			})
			.toList();
	}

	private List<FigureProblem> problems(String source, List<StatedFigure> current) {
		List<Place> governorates = places.search(new Places.Filter(PlaceKind.GOVERNORATE, null, null, 0,
				Places.Filter.MAX_LIMIT)).places();
		return new SeriesChecks(governorates.stream().map(Place::code).collect(Collectors.toSet()))
			.check(current, figure -> recorded(source, figure));
	}

	/**
	 * What the source's records count for a figure's days and scope. The records answer one breakdown at a time,
	 * so a figure that names more than one of host country, entry point and governorate is not compared; nor is any
	 * figure of a source with no records on or before its day, which states figures only.
	 */
	private OptionalLong recorded(String source, StatedFigure figure) {
		long named = Stream.of(figure.originCountry(), figure.entryPoint(), figure.adm1()).filter(code -> code != null)
			.count();
		if (named > 1 || returns.lastDayWithReturns(source, figure.asOf()).isEmpty()) {
			return OptionalLong.empty();
		}
		FigureQuery query = new FigureQuery(source, figure.period().firstDay(figure.asOf()), figure.asOf(),
				figure.category(), null);
		if (named == 0) {
			return OptionalLong.of(returns.persons(query));
		}
		Map<String, Long> by = figure.originCountry() != null ? returns.by(Breakdown.ORIGIN_COUNTRY, query)
				: figure.entryPoint() != null ? returns.by(Breakdown.ENTRY_POINT, query)
				: returns.by(Breakdown.GOVERNORATE, query);
		String code = figure.originCountry() != null ? figure.originCountry()
				: figure.entryPoint() != null ? figure.entryPoint() : figure.adm1();
		return OptionalLong.of(by.getOrDefault(code, 0L));
	}
}
