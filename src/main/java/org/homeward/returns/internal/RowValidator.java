package org.homeward.returns.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homeward.access.Scope;
import org.homeward.geography.Countries;
import org.homeward.geography.PlaceKind;
import org.homeward.geography.Places;
import org.homeward.returns.ReturnCategory;
import org.homeward.returns.ReturnCount;
import org.homeward.returns.ReturnCount.AgeBreakdown;
import org.homeward.returns.ReturnCount.Destination;
import org.homeward.returns.ReturnField;
import org.homeward.returns.ReturnRowInput;
import org.homeward.sources.Sources;
import org.homeward.web.InputError;
import org.homeward.ledger.RowDays;
import org.homeward.ledger.RowIdentity;
import org.homeward.ledger.RowPlaces;
import org.homeward.ledger.RowPlaces.Returnee;
import org.homeward.ledger.RowProblems;
import org.homeward.ledger.RowValidation;
import org.homeward.ledger.StagedRow;

/**
 * Checks one row of return counts against the exchange contract and the reference data, and turns it into a
 * {@link ValidatedRow}; or lists everything wrong with it, naming the row, the column and the value.
 * One validator serves one batch: it remembers the sources it has looked up.
 */
class RowValidator implements RowValidation<ReturnRowInput, ValidatedRow> {

	private final Places places;
	private final RowPlaces rowPlaces;
	private final LocalDate today;
	private final Map<ReturnField, String> columns;
	private final RowIdentity.Reader<ReturnField> identity;
	/** What the user sending the batch may write: their area, their source. */
	private final Scope scope;

	/** {@code columns} names each field as the input does: its HXL hashtag, or its JSON field. */
	RowValidator(Places places, Countries countries, Sources sources, LocalDate today, String homeCountry,
			Map<ReturnField, String> columns, Scope scope) {
		this.scope = scope;
		this.places = places;
		this.rowPlaces = new RowPlaces(places, countries, homeCountry);
		this.today = today;
		this.columns = columns;
		this.identity = new RowIdentity.Reader<>(ReturnField.RECORD_ID, ReturnField.SOURCE, ReturnField.VOID,
				"record", code -> sources.find(code).isPresent(), scope);
	}

	/** The validated row, or empty with the row's problems added to {@code errors}. */
	@Override
	public Optional<ValidatedRow> validate(ReturnRowInput input, List<InputError> errors) {
		RowProblems<ReturnField> problems = new RowProblems<>(input, columns, errors);
		RowIdentity row = identity.read(input, problems);
		if (row.voided()) {
			return problems.none() ? Optional.of(new ValidatedRow(input.row(), row.source(), row.key(), true, null,
					StagedRow.VOID)) : Optional.empty();
		}
		ReturnCount content = content(input, problems);
		if (!problems.none()) {
			return Optional.empty();
		}
		return Optional.of(new ValidatedRow(input.row(), row.source(), row.key(), false, content,
				ContentHash.of(content)));
	}

	private ReturnCount content(ReturnRowInput input, RowProblems<ReturnField> problems) {
		LocalDate day = RowDays.read(input, ReturnField.DAY, "The row needs the day the people returned (YYYY-MM-DD).",
				today, problems);
		ReturnCategory category = null;
		String categoryText = input.text(ReturnField.CATEGORY);
		if (categoryText == null) {
			problems.add(ReturnField.CATEGORY, "The row needs a category: idp_returnee or refugee_returnee.");
		}
		else {
			category = ReturnCategory.parse(categoryText).orElse(null);
			if (category == null) {
				problems.add(ReturnField.CATEGORY, "The category must be idp_returnee or refugee_returnee.");
			}
		}
		Integer persons = count(input, ReturnField.PERSONS, problems);
		if (persons == null && input.text(ReturnField.PERSONS) == null) {
			problems.add(ReturnField.PERSONS, "The row needs the number of persons.");
		}
		List<String> codes = rowPlaces.destination(input, problems, ReturnField.ADM1, ReturnField.ADM2,
				ReturnField.ADM3, ReturnField.ADM4);
		Destination destination = codes == null ? null
				: new Destination(codes.get(0), codes.get(1), codes.get(2), codes.get(3));
		String originCountry = rowPlaces.hostCountry(input, ReturnField.ORIGIN_COUNTRY, category == null ? null
				: category == ReturnCategory.REFUGEE_RETURNEE ? Returnee.REFUGEE : Returnee.IDP, problems);
		String originAdm1 = rowPlaces.place(input, ReturnField.ORIGIN_ADM1, PlaceKind.GOVERNORATE, problems);
		if (originAdm1 != null && category == ReturnCategory.REFUGEE_RETURNEE) {
			problems.add(ReturnField.ORIGIN_ADM1,
					"A governorate of displacement is for idp_returnee rows; refugees name their host country.");
		}
		String entryPoint = rowPlaces.place(input, ReturnField.ENTRY_POINT, PlaceKind.ENTRY_POINT, problems);
		Integer female = count(input, ReturnField.FEMALE, problems);
		Integer male = count(input, ReturnField.MALE, problems);
		if (persons != null && female != null && male != null && female + male != persons) {
			problems.add(ReturnField.MALE, "Female (" + female + ") and male (" + male + ") add up to " + (female + male)
					+ ", not to the " + persons + " persons of the row.");
		}
		else if (persons != null && (female != null && female > persons || male != null && male > persons)) {
			problems.add(female != null && female > persons ? ReturnField.FEMALE : ReturnField.MALE,
					"More persons of one sex than the " + persons + " persons of the row.");
		}
		AgeBreakdown ages = new AgeBreakdown(count(input, ReturnField.AGE_0_4, problems),
				count(input, ReturnField.AGE_5_11, problems), count(input, ReturnField.AGE_12_17, problems),
				count(input, ReturnField.AGE_18_59, problems), count(input, ReturnField.AGE_60_PLUS, problems));
		if (persons != null && ages.isComplete() && ages.sum() != persons) {
			problems.add(ReturnField.AGE_60_PLUS, "The five age bands add up to " + ages.sum() + ", not to the " + persons
					+ " persons of the row.");
		}
		else if (persons != null && ages.sum() > persons) {
			problems.add(ReturnField.AGE_60_PLUS, "The age bands given add up to " + ages.sum() + ", more than the "
					+ persons + " persons of the row.");
		}
		Integer households = count(input, ReturnField.HOUSEHOLDS, problems);
		if (persons != null && households != null && households > persons) {
			problems.add(ReturnField.HOUSEHOLDS, "More households than the " + persons + " persons of the row.");
		}
		if (!problems.none()) {
			return null;
		}
		if (!covered(destination, entryPoint)) {
			problems.add(ReturnField.ADM1, outsideArea(destination, entryPoint));
			return null;
		}
		return new ReturnCount(day, category, persons, destination, originCountry, originAdm1, entryPoint, female, male,
				ages, households);
	}

	/** Whether people coming home to a destination through an entry point lie in the user's area. */
	boolean covered(Destination destination, String entryPoint) {
		return scope.covers(places, destination.finest(), entryPoint);
	}

	String outsideArea(Destination destination, String entryPoint) {
		return "The destination " + destination.finest() + (entryPoint == null ? "" : " and the entry point " + entryPoint)
				+ " lie outside your area (" + String.join(", ", scope.placeCodes()) + "): you record only there.";
	}

	/** The refusal of a row whose id names a record of another area: it says neither that nor where. */
	String idOutsideArea() {
		return "The id lies outside your area (" + String.join(", ", scope.placeCodes()) + "): you record only there.";
	}

	/** A whole number of persons, 0 or more; null when absent or wrong (then a problem is added). */
	private static Integer count(ReturnRowInput input, ReturnField field, RowProblems<ReturnField> problems) {
		String text = input.text(field);
		if (text == null) {
			return null;
		}
		if (!text.matches("\\d{1,10}")) {
			problems.add(field, text.matches("-\\d+") ? "A count cannot be negative."
					: "A count is a whole number of persons, written with digits only.");
			return null;
		}
		long value = Long.parseLong(text);
		if (value > Integer.MAX_VALUE) {
			problems.add(field, "The count is too large for one row.");
			return null;
		}
		return (int) value;
	}

}
