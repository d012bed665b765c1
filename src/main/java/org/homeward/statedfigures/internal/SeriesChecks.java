package org.homeward.statedfigures.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.homeward.returns.ReturnCategory;
import org.homeward.statedfigures.FigurePeriod;
import org.homeward.statedfigures.FigureProblem;
import org.homeward.statedfigures.FigureProblem.Kind;
import org.homeward.statedfigures.StatedFigure;

/**
 * The checks of one source's stated figures against each other and against its records (exchange contract,
 * section 7). A figure's scope is its period and whom it counts (returnee type, host country, entry point,
 * governorate); figures are compared only within one scope, or a scope and the scope one dimension wider.
 */
public final class SeriesChecks {

	/** How far a figure may lie from the records, or parts fall short of their total: 2 % of the higher. */
	public static final double TOLERANCE = 0.02;

	/** What the source's records count for the same days and scope as a stated figure; empty when they cannot say. */
	@FunctionalInterface
	public interface Records {

		OptionalLong persons(StatedFigure figure);
	}

	private static final Comparator<StatedFigure> BY_DAY_AND_ID = Comparator.comparing(StatedFigure::asOf)
		.thenComparing(StatedFigure::id);

	private final Set<String> governorates;

	/** {@code governorates}: the p-codes of every governorate, which parts by governorate cover when complete. */
	public SeriesChecks(Set<String> governorates) {
		this.governorates = Set.copyOf(governorates);
	}

	/** Every problem of the figures: cumulative totals that fell, then parts against totals, then the records. */
	public List<FigureProblem> check(List<StatedFigure> figures, Records records) {
		List<StatedFigure> ordered = figures.stream().sorted(BY_DAY_AND_ID).toList();
		List<FigureProblem> problems = new ArrayList<>();
		cumulativeFell(ordered, problems);
		partsAgainstTotals(ordered, problems);
		againstRecords(ordered, records, problems);
		return List.copyOf(problems);
	}

	/** Each cumulative figure against those of the same scope on the latest day before its own. */
	private static void cumulativeFell(List<StatedFigure> ordered, List<FigureProblem> problems) {
		Map<FigureScope, TreeMap<LocalDate, List<StatedFigure>>> series = new LinkedHashMap<>();
		for (StatedFigure figure : ordered) {
			if (figure.period().isCumulative()) {
				series.computeIfAbsent(FigureScope.of(figure), scope -> new TreeMap<>())
					.computeIfAbsent(figure.asOf(), day -> new ArrayList<>()).add(figure);
			}
		}
		for (TreeMap<LocalDate, List<StatedFigure>> days : series.values()) {
			List<StatedFigure> before = List.of();
			for (List<StatedFigure> day : days.values()) {
				for (StatedFigure figure : day) {
					for (StatedFigure earlier : before) {
						if (figure.persons() < earlier.persons()) {
							problems.add(new FigureProblem(Kind.CUMULATIVE_FELL, List.of(earlier.id(), figure.id()),
									describe(figure) + " is lower than " + describe(earlier) + " before it: a "
											+ "cumulative total cannot fall."));
						}
					}
				}
				before = day;
			}
		}
	}

	/**
	 * Each figure as a total, against the figures of its day whose scope is narrower by one dimension. Parts that
	 * add up to more are always a fault. Parts that add up to less are one when they are meant to be the whole: they
	 * cover every value of the dimension (both returnee types, every governorate), or there are two or more and
	 * they fall short by no more than the tolerance. A larger shortfall is a partial breakdown ("of whom 40,000
	 * from Lebanon").
	 */
	private void partsAgainstTotals(List<StatedFigure> ordered, List<FigureProblem> problems) {
		for (StatedFigure total : ordered) {
			FigureScope scope = FigureScope.of(total);
			for (Dimension dimension : Dimension.values()) {
				if (dimension.of(total) != null) {
					continue;
				}
				List<StatedFigure> parts = ordered.stream()
					.filter(part -> part.asOf().equals(total.asOf()) && dimension.of(part) != null
							&& dimension.widen(FigureScope.of(part)).equals(scope))
					.sorted(Comparator.comparing(dimension::of).thenComparing(StatedFigure::id))
					.toList();
				if (parts.isEmpty()) {
					continue;
				}
				long sum = parts.stream().mapToLong(StatedFigure::persons).sum();
				String ids = names(parts.stream().map(StatedFigure::id).toList());
				String of = "The parts of " + describe(total) + " by " + dimension.label + ", " + ids + ", add up to "
						+ count(sum);
				if (sum > total.persons()) {
					problems.add(new FigureProblem(Kind.PARTS_EXCEED_TOTAL, ids(total, parts),
							of + ": " + count(sum - total.persons()) + " more than the total."));
				}
				else if (sum < total.persons() && (complete(dimension, parts) || parts.size() > 1
						&& total.persons() - sum <= TOLERANCE * total.persons())) {
					problems.add(new FigureProblem(Kind.PARTS_DIFFER_FROM_TOTAL, ids(total, parts),
							of + ": " + count(total.persons() - sum) + " fewer than the total"
									+ (complete(dimension, parts) ? ", though they cover every " + dimension.label + "."
											: " (" + percent(total.persons() - sum, total.persons())
													+ "), too close to it to be a partial breakdown.")));
				}
			}
		}
	}

	private boolean complete(Dimension dimension, List<StatedFigure> parts) {
		Set<String> values = parts.stream().map(dimension::of).collect(Collectors.toSet());
		return switch (dimension) {
			case TYPE -> values.size() == ReturnCategory.values().length;
			case GOVERNORATE -> values.containsAll(governorates);
			case HOST_COUNTRY, ENTRY_POINT -> false;
		};
	}

	private static void againstRecords(List<StatedFigure> ordered, Records records, List<FigureProblem> problems) {
		for (StatedFigure figure : ordered) {
			OptionalLong counted = records.persons(figure);
			if (counted.isEmpty()) {
				continue;
			}
			long highest = Math.max(figure.persons(), counted.getAsLong());
			long difference = Math.abs(figure.persons() - counted.getAsLong());
			if (highest > 0 && difference > TOLERANCE * highest) {
				problems.add(new FigureProblem(Kind.DIFFERS_FROM_RECORDS, List.of(figure.id()), describe(figure)
						+ " differs from the source's records of the same days and scope, " + count(counted.getAsLong())
						+ " persons, by " + percent(difference, highest) + "; the tolerance is "
						+ percent(Math.round(TOLERANCE * 100), 100) + "."));
			}
		}
	}

	/** A figure as a message names it: {@code U-2 (88,718 refugee returnees from LBN, cumulative as of 2018-12-31)}. */
	static String describe(StatedFigure figure) {
		String who = figure.category() == null ? "returnees"
				: figure.category() == ReturnCategory.IDP_RETURNEE ? "idp returnees" : "refugee returnees";
		who += (figure.originCountry() == null ? "" : " from " + figure.originCountry())
				+ (figure.entryPoint() == null ? "" : " through " + figure.entryPoint())
				+ (figure.adm1() == null ? "" : " to " + figure.adm1());
		FigurePeriod period = figure.period();
		String when = period.isCumulative() ? "cumulative as of " + figure.asOf()
				: period.days() == 1 ? "on " + figure.asOf() : "the " + period.days() + " days to " + figure.asOf();
		return figure.id() + " (" + count(figure.persons()) + " " + who + ", " + when + ")";
	}

	private static List<String> ids(StatedFigure total, List<StatedFigure> parts) {
		return Stream.concat(Stream.of(total.id()), parts.stream().map(StatedFigure::id)).toList();
	}

	private static String names(List<String> ids) {
		return ids.size() == 1 ? ids.get(0)
				: String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
	}

	private static String count(long persons) {
		return String.format(Locale.ROOT, "%,d", persons);
	}

	private static String percent(long part, long whole) {
		double share = 100.0 * part / whole;
		return share == Math.rint(share) ? String.format(Locale.ROOT, "%d %%", (long) share)
				: String.format(Locale.ROOT, share < 0.1 ? "%.2f %%" : "%.1f %%", share);
	}

	/** Whom a figure counts, over which period: the figures of one scope are one series. */
	private record FigureScope(FigurePeriod period, ReturnCategory category, String originCountry,
			String entryPoint, String adm1) {

		static FigureScope of(StatedFigure figure) {
			return new FigureScope(figure.period(), figure.category(), figure.originCountry(), figure.entryPoint(),
					figure.adm1());
		}
	}

	/** What a figure's parts may break it down by. */
	private enum Dimension {

		TYPE("returnee type"), HOST_COUNTRY("host country"), ENTRY_POINT("entry point"), GOVERNORATE("governorate");

		private final String label;

		Dimension(String label) {
			this.label = label;
		}

		String of(StatedFigure figure) {
			return switch (this) {
				case TYPE -> figure.category() == null ? null : figure.category().apiName();
				case HOST_COUNTRY -> figure.originCountry();
				case ENTRY_POINT -> figure.entryPoint();
				case GOVERNORATE -> figure.adm1();
			};
		}

		FigureScope widen(FigureScope scope) {
			return switch (this) {
				case TYPE -> new FigureScope(scope.period(), null, scope.originCountry(), scope.entryPoint(),
						scope.adm1());
				case HOST_COUNTRY -> new FigureScope(scope.period(), scope.category(), null, scope.entryPoint(),
						scope.adm1());
				case ENTRY_POINT -> new FigureScope(scope.period(), scope.category(), scope.originCountry(), null,
						scope.adm1());
				case GOVERNORATE -> new FigureScope(scope.period(), scope.category(), scope.originCountry(),
						scope.entryPoint(), null);
			};
		}
	}
}
