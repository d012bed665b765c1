package org.homeward.statedfigures.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.homeward.access.Scope;
import org.homeward.geography.Countries;
import org.homeward.geography.Place;
import org.homeward.geography.PlaceKind;
import org.homeward.geography.Places;
import org.homeward.ledger.ContentHash;
import org.homeward.ledger.FreeText;
import org.homeward.ledger.RowDays;
import org.homeward.ledger.RowIdentity;
import org.homeward.ledger.RowPlaces;
import org.homeward.ledger.RowProblems;
import org.homeward.ledger.RowValidation;
import org.homeward.returns.ReturnCategory;
import org.homeward.sources.Sources;
import org.homeward.statedfigures.FigurePeriod;
import org.homeward.statedfigures.StatedFigureField;
import org.homeward.statedfigures.StatedFigureRowInput;
import org.homeward.web.DayRange;
import org.homeward.web.InputError;

/**
 * Checks one stated figure against the exchange contract (section 7) and the reference data: a day, a period, a
 * whole number of persons, and a scope of known codes. The link is checked for its form only, never fetched.
 */
class StatedFigureValidator implements RowValidation<StatedFigureRowInput, StagedFigure> {

	static final int MAX_URL_LENGTH = 2000;

	private final Places places;
	private final Countries countries;
	private final RowPlaces rowPlaces;
	private final String homeCountry;
	private final LocalDate today;
	private final Map<StatedFigureField, String> columns;
	private final RowIdentity.Reader<StatedFigureField> identity;
	private final Scope scope;

	StatedFigureValidator(Places places, Countries countries, Sources sources, LocalDate today, String homeCountry,
			Map<StatedFigureField, String> columns, Scope scope) {
		this.places = places;
		this.countries = countries;
		this.rowPlaces = new RowPlaces(places, countries, homeCountry);
		this.homeCountry = homeCountry;
		this.today = today;
		this.columns = columns;
		this.scope = scope;
		this.identity = new RowIdentity.Reader<>(StatedFigureField.FIGURE_ID, StatedFigureField.SOURCE,
				StatedFigureField.VOID, StatedFigureRules.TABLES.noun(), code -> sources.find(code).isPresent(), scope);
	}

	@Override
	public Optional<StagedFigure> validate(StatedFigureRowInput input, List<InputError> errors) {
		RowProblems<StatedFigureField> problems = new RowProblems<>(input, columns, errors);
		RowIdentity row = identity.read(input, problems);
		if (row.voided()) {
			return problems.none() ? Optional.of(StagedFigure.voiding(input.row(), row.source(), row.key()))
					: Optional.empty();
		}
		LocalDate asOf = RowDays.read(input, StatedFigureField.DAY,
				"The row needs the day the figure is stated as of (YYYY-MM-DD).", today, problems);
		FigurePeriod period = period(input, asOf, problems);
		Integer persons = persons(input, problems);
		ReturnCategory category = category(input, problems);
		String origin = hostCountry(input, category, problems);
		String entryPoint = rowPlaces.place(input, StatedFigureField.ENTRY_POINT, PlaceKind.ENTRY_POINT, problems);
		String adm1 = rowPlaces.place(input, StatedFigureField.ADM1, PlaceKind.GOVERNORATE, problems);
		String url = url(input, problems);
		if (!problems.none()) {
			return Optional.empty();
		}
		if (!covers(scope, places, adm1, entryPoint)) {
			problems.add(StatedFigureField.ADM1, "The figure lies outside your area ("
					+ String.join(", ", scope.placeCodes()) + "): you record only figures of a governorate or an "
					+ "entry point there.");
			return Optional.empty();
		}
		String categoryName = category == null ? null : category.name();
		return Optional.of(new StagedFigure(input.row(), row.source(), row.key(), false, asOf, period.days(),
				categoryName, origin, entryPoint, adm1, persons, url,
				ContentHash.of(asOf, period, categoryName, origin, entryPoint, adm1, persons, url)));
	}

	/** Whether a user of an area may record a figure of this governorate or entry point; one of neither is the country's. */
	static boolean covers(Scope scope, Places places, String adm1, String entryPoint) {
		if (!scope.limitsPlaces()) {
			return true;
		}
		Place governorate = adm1 == null ? null : places.find(adm1).orElse(null);
		Place entry = entryPoint == null ? null : places.find(entryPoint).orElse(null);
		return (governorate != null || entry != null) && scope.covers(governorate, entry);
	}

	private static FigurePeriod period(StatedFigureRowInput input, LocalDate asOf,
			RowProblems<StatedFigureField> problems) {
		String text = input.text(StatedFigureField.PERIOD);
		Optional<FigurePeriod> period = text == null ? Optional.empty() : FigurePeriod.parse(text);
		if (period.isEmpty()) {
			problems.add(StatedFigureField.PERIOD, "The period is cumulative, or Nd for the N days ending with the "
					+ "day (7d, 30d), N at least 1.");
			return null;
		}
		if (asOf != null && !period.get().isCumulative() && period.get().firstDay(asOf).isBefore(DayRange.FIRST_DAY)) {
			problems.add(StatedFigureField.PERIOD, "The period starts before " + DayRange.FIRST_DAY
					+ ", the first day Homeward holds.");
			return null;
		}
		return period.get();
	}

	private static Integer persons(StatedFigureRowInput input, RowProblems<StatedFigureField> problems) {
		String text = input.text(StatedFigureField.PERSONS);
		if (text == null) {
			problems.add(StatedFigureField.PERSONS, "The row needs the number of persons the source stated.");
			return null;
		}
		if (!text.matches("\\d{1,10}")) {
			problems.add(StatedFigureField.PERSONS, text.matches("-\\d+") ? "A count cannot be negative."
					: "A count is a whole number of persons, written with digits only.");
			return null;
		}
		long value = Long.parseLong(text);
		if (value > Integer.MAX_VALUE) {
			problems.add(StatedFigureField.PERSONS, "The count is too large for one figure.");
			return null;
		}
		return (int) value;
	}

	private static ReturnCategory category(StatedFigureRowInput input, RowProblems<StatedFigureField> problems) {
		String text = input.text(StatedFigureField.CATEGORY);
		if (text == null) {
			return null;
		}
		Optional<ReturnCategory> category = ReturnCategory.parse(text);
		if (category.isEmpty()) {
			problems.add(StatedFigureField.CATEGORY, "The returnee type is idp_returnee or refugee_returnee, or empty "
					+ "for a figure of both.");
		}
		return category.orElse(null);
	}

	/** The host country a figure counts returnees from, or null; people displaced inside the country have none. */
	private String hostCountry(StatedFigureRowInput input, ReturnCategory category,
			RowProblems<StatedFigureField> problems) {
		String text = input.text(StatedFigureField.ORIGIN_COUNTRY);
		if (text == null) {
			return null;
		}
		String code = text.toUpperCase(Locale.ROOT);
		if (countries.find(code).isEmpty()) {
			problems.add(StatedFigureField.ORIGIN_COUNTRY, "This is not an ISO 3166-1 alpha-3 country code.");
			return null;
		}
		if (code.equals(homeCountry)) {
			problems.add(StatedFigureField.ORIGIN_COUNTRY, "A host country is another country than the country "
					+ "itself; leave it empty for a figure of people displaced inside it.");
			return null;
		}
		if (category == ReturnCategory.IDP_RETURNEE) {
			problems.add(StatedFigureField.ORIGIN_COUNTRY, "An idp_returnee was displaced inside the country: leave "
					+ "the host country empty.");
			return null;
		}
		return code;
	}

	/** Where the source published the figure: an http or https address, kept as text and never fetched. */
	private static String url(StatedFigureRowInput input, RowProblems<StatedFigureField> problems) {
		String text = input.text(StatedFigureField.URL);
		if (text == null) {
			return null;
		}
		String problem = "A link is an http or https address of at most " + MAX_URL_LENGTH
				+ " characters, such as https://example.org/report.";
		if (text.length() > MAX_URL_LENGTH || !FreeText.isOneLine(text) || text.chars().anyMatch(Character::isWhitespace)) {
			problems.add(StatedFigureField.URL, problem);
			return null;
		}
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
				problems.add(StatedFigureField.URL, problem);
				return null;
			}
		}
		catch (URISyntaxException e) {
			problems.add(StatedFigureField.URL, problem);
			return null;
		}
		return text;
	}
}
