package org.homeward.registrations.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.homeward.access.Scope;
import org.homeward.geography.Countries;
import org.homeward.geography.PlaceKind;
import org.homeward.geography.Places;
import org.homeward.ledger.FreeText;
import org.homeward.ledger.RowDays;
import org.homeward.ledger.RowIdentity;
import org.homeward.ledger.RowPlaces;
import org.homeward.ledger.RowPlaces.Returnee;
import org.homeward.ledger.RowProblems;
import org.homeward.ledger.RowValidation;
import org.homeward.ledger.SourceIds;
import org.homeward.ledger.StagedRow;
import org.homeward.registrations.RegistrationField;
import org.homeward.registrations.RegistrationRowInput;
import org.homeward.registrations.Relationship;
import org.homeward.sources.Sources;
import org.homeward.web.DayRange;
import org.homeward.web.InputError;

/**
 * Checks one registration against the exchange contract (section 5) and the reference data. Names are kept as
 * the source wrote them, in any script; what names the person is encrypted before it is staged.
 */
class RegistrationValidator implements RowValidation<RegistrationRowInput, StagedRegistration> {

	static final int MAX_NAME_LENGTH = 200;

	private final Places places;
	private final RowPlaces rowPlaces;
	private final PersonalDataKey key;
	private final LocalDate today;
	private final Map<RegistrationField, String> columns;
	private final RowIdentity.Reader<RegistrationField> identity;
	private final Scope scope;

	RegistrationValidator(Places places, Countries countries, Sources sources, PersonalDataKey key, LocalDate today,
			String homeCountry, Map<RegistrationField, String> columns, Scope scope) {
		this.places = places;
		this.rowPlaces = new RowPlaces(places, countries, homeCountry);
		this.key = key;
		this.today = today;
		this.columns = columns;
		this.scope = scope;
		this.identity = new RowIdentity.Reader<>(RegistrationField.REGISTRATION_ID, RegistrationField.SOURCE,
				RegistrationField.VOID, RegistrationRules.TABLES.noun(), code -> sources.find(code).isPresent(), scope);
	}

	@Override
	public Optional<StagedRegistration> validate(RegistrationRowInput input, List<InputError> errors) {
		RowProblems<RegistrationField> problems = new RowProblems<>(input, columns, errors);
		RowIdentity row = identity.read(input, problems);
		if (row.voided()) {
			return problems.none() ? Optional.of(new StagedRegistration(input.row(), row.source(), row.key(), true,
					null, null, null, null, null, null, null, null, null, null, null, null, null, StagedRow.VOID))
					: Optional.empty();
		}
		String household = input.text(RegistrationField.HOUSEHOLD_ID);
		String householdProblem = household == null ? "The row needs the source's id of the person's household."
				: SourceIds.problem(household);
		if (householdProblem != null) {
			problems.add(RegistrationField.HOUSEHOLD_ID, householdProblem);
		}
		Relationship relationship = relationship(input, problems);
		PersonalData person = new PersonalData(name(input, RegistrationField.GIVEN_NAME, true, problems),
				name(input, RegistrationField.FATHER_NAME, false, problems),
				name(input, RegistrationField.GRANDFATHER_NAME, false, problems),
				name(input, RegistrationField.FAMILY_NAME, true, problems),
				name(input, RegistrationField.MOTHER_NAME, false, problems), birth(input, problems),
				name(input, RegistrationField.NATIONAL_ID, false, problems));
		String sex = sex(input, problems);
		String category = category(input, problems);
		LocalDate returned = RowDays.read(input, RegistrationField.RETURN_DAY,
				"The row needs the day the person came home (YYYY-MM-DD).", today, problems);
		LocalDate registered = RowDays.read(input, RegistrationField.REGISTRATION_DAY,
				"The row needs the day of the registration (YYYY-MM-DD).", today, problems);
		List<String> destination = rowPlaces.destination(input, problems, RegistrationField.ADM1,
				RegistrationField.ADM2, RegistrationField.ADM3, RegistrationField.ADM4);
		String origin = rowPlaces.hostCountry(input, RegistrationField.ORIGIN_COUNTRY, category == null ? null
				: category.equals("REFUGEE_RETURNEE") ? Returnee.REFUGEE : Returnee.IDP, problems);
		String entryPoint = rowPlaces.place(input, RegistrationField.ENTRY_POINT, PlaceKind.ENTRY_POINT, problems);
		if (!problems.none()) {
			return Optional.empty();
		}
		String finest = destination.stream().filter(code -> code != null).reduce((a, b) -> b).orElseThrow();
		if (!scope.covers(places, finest, entryPoint)) {
			problems.add(RegistrationField.ADM1, "The destination " + finest + " lies outside your area ("
					+ String.join(", ", scope.placeCodes()) + "): you record only there.");
			return Optional.empty();
		}
		String canonical = String.join("|", household, relationship.name(), sex, category, returned.toString(),
				registered.toString(), String.join("|", destination.stream().map(code -> code == null ? "" : code)
					.toList()), origin == null ? "" : origin, entryPoint == null ? "" : entryPoint, person.canonical());
		return Optional.of(new StagedRegistration(input.row(), row.source(), row.key(), false, household, relationship,
				sex, category, returned, registered, destination.get(0), destination.get(1), destination.get(2),
				destination.get(3), origin, entryPoint, key.encrypt(person.canonical()), key.fingerprint(canonical)));
	}

	private static Relationship relationship(RegistrationRowInput input, RowProblems<RegistrationField> problems) {
		String text = input.text(RegistrationField.RELATIONSHIP);
		Optional<Relationship> relationship = text == null ? Optional.empty() : Relationship.parse(text);
		if (relationship.isEmpty()) {
			problems.add(RegistrationField.RELATIONSHIP, "The relationship to the household's head is head, spouse, "
					+ "child, parent, sibling, grandchild or other.");
		}
		return relationship.orElse(null);
	}

	/** A name (or an identity number) as written, one line; null when absent. */
	private static String name(RegistrationRowInput input, RegistrationField field, boolean required,
			RowProblems<RegistrationField> problems) {
		String text = input.text(field);
		if (text == null) {
			if (required) {
				problems.add(field, "The row needs this name, as the source wrote it, in any script.");
			}
			return null;
		}
		if (text.length() > MAX_NAME_LENGTH || !FreeText.isOneLine(text) || text.chars().anyMatch(
				RegistrationValidator::hidesHowItReads)) {
			problems.add(field, "A name is one line of at most " + MAX_NAME_LENGTH + " characters, with no control "
					+ "characters, line separators or direction overrides.");
			return null;
		}
		return text;
	}

	/**
	 * Line and paragraph separators, and the direction embeddings, overrides and isolates: a name holding one shows
	 * otherwise than it is written (U+202E turns what follows around) and is compared as another name. The marks
	 * U+200E and U+200F, and the joiners Persian and Arabic spelling use, are kept.
	 */
	private static boolean hidesHowItReads(int c) {
		return c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
	}

	private static String sex(RegistrationRowInput input, RowProblems<RegistrationField> problems) {
		String text = input.text(RegistrationField.SEX);
		String sex = text == null ? null : text.toUpperCase(Locale.ROOT);
		if (!"F".equals(sex) && !"M".equals(sex)) {
			problems.add(RegistrationField.SEX, "The sex is written f or m.");
			return null;
		}
		return sex;
	}

	/** A birth date as far as it is known: a year, a month or a day; not after today, not before 1900. */
	private String birth(RegistrationRowInput input, RowProblems<RegistrationField> problems) {
		String text = input.text(RegistrationField.BIRTH);
		if (text == null) {
			return null;
		}
		LocalDate earliest;
		try {
			earliest = text.matches("\\d{4}") ? LocalDate.of(Integer.parseInt(text), 1, 1)
					: text.matches("\\d{4}-\\d{2}") ? YearMonth.parse(text).atDay(1) : LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			problems.add(RegistrationField.BIRTH, "A birth date is written YYYY, YYYY-MM or YYYY-MM-DD, as 1985, "
					+ "1985-03 or 1985-03-21.");
			return null;
		}
		if (earliest.isAfter(today)) {
			problems.add(RegistrationField.BIRTH, "The birth date is after today (" + today + ").");
			return null;
		}
		if (earliest.isBefore(DayRange.FIRST_DAY)) {
			problems.add(RegistrationField.BIRTH, DayRange.BEFORE_FIRST_DAY);
			return null;
		}
		return text;
	}

	private static String category(RegistrationRowInput input, RowProblems<RegistrationField> problems) {
		String text = input.text(RegistrationField.CATEGORY);
		String category = text == null ? null : text.toUpperCase(Locale.ROOT);
		if (!"IDP_RETURNEE".equals(category) && !"REFUGEE_RETURNEE".equals(category)) {
			problems.add(RegistrationField.CATEGORY, "The category must be idp_returnee or refugee_returnee.");
			return null;
		}
		return category;
	}
}
