package org.homeward.reconstruction.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.homeward.access.Scope;
import org.homeward.geography.Places;
import org.homeward.reconstruction.FacilityField;
import org.homeward.reconstruction.FacilityRowInput;
import org.homeward.reconstruction.FacilityStatus;
import org.homeward.sources.Sources;
import org.homeward.ledger.FreeText;
import org.homeward.web.InputError;
import org.homeward.ledger.ContentHash;
import org.homeward.ledger.RowDays;
import org.homeward.ledger.RowIdentity;
import org.homeward.ledger.RowProblems;
import org.homeward.ledger.RowValidation;
import org.homeward.ledger.SourceIds;
import org.homeward.ledger.StagedRow;

/** Checks one facility status event against the exchange contract (section 2) and the reference data. */
class EventValidator implements RowValidation<FacilityRowInput, StagedEvent> {

	private final Places places;
	private final Set<String> types;
	private final LocalDate today;
	private final Map<FacilityField, String> columns;
	private final RowIdentity.Reader<FacilityField> identity;
	private final Scope scope;

	EventValidator(Places places, Sources sources, Set<String> types, LocalDate today,
			Map<FacilityField, String> columns, Scope scope) {
		this.scope = scope;
		this.places = places;
		this.types = types;
		this.today = today;
		this.columns = columns;
		this.identity = new RowIdentity.Reader<>(FacilityField.EVENT_ID, FacilityField.SOURCE, FacilityField.VOID,
				FacilityLedgerRules.TABLES.noun(), code -> sources.find(code).isPresent(), scope);
	}

	@Override
	public Optional<StagedEvent> validate(FacilityRowInput input, List<InputError> errors) {
		RowProblems<FacilityField> problems = new RowProblems<>(input, columns, errors);
		RowIdentity identified = identity.read(input, problems);
		String source = identified.source();
		if (identified.voided()) {
			return problems.none()
					? Optional.of(new StagedEvent(input.row(), source, identified.key(), true, null, null, null, null,
							null, null, null, StagedRow.VOID))
					: Optional.empty();
		}
		String facility = code(input, FacilityField.FACILITY_CODE, "The row needs the facility's code.", problems);
		String name = input.text(FacilityField.FACILITY_NAME);
		if (name != null && (name.length() > 300 || !FreeText.isOneLine(name))) {
			problems.add(FacilityField.FACILITY_NAME, "A facility name is one line of at most 300 characters, "
					+ "with no control characters (a line break in a cell is one: write a space instead).");
		}
		String type = input.text(FacilityField.FACILITY_TYPE);
		if (type == null) {
			problems.add(FacilityField.FACILITY_TYPE, "The row needs the facility's type.");
		}
		else if (!types.contains(type.toLowerCase(Locale.ROOT))) {
			problems.add(FacilityField.FACILITY_TYPE,
					"This is not a registered facility type (" + String.join(", ", new java.util.TreeSet<>(types)) + ").");
		}
		Places.Destination where = null;
		if (input.text(FacilityField.ADM1) == null) {
			problems.add(FacilityField.ADM1, "The row needs the p-code of the governorate the facility stands in.");
		}
		else {
			where = places.destination(input.text(FacilityField.ADM1), input.text(FacilityField.ADM2),
					input.text(FacilityField.ADM3), input.text(FacilityField.ADM4));
			if (where.isRefused()) {
				FacilityField[] levels = { FacilityField.ADM1, FacilityField.ADM2, FacilityField.ADM3, FacilityField.ADM4 };
				problems.add(levels[where.refusedLevel()], where.problem());
			}
		}
		Optional<FacilityStatus> status = FacilityStatus.parse(input.text(FacilityField.STATUS));
		if (status.isEmpty()) {
			problems.add(FacilityField.STATUS, "The status must be damaged, works_under_way or in_operation.");
		}
		LocalDate day = RowDays.read(input, FacilityField.DAY,
				"The row needs the day the facility entered the status (YYYY-MM-DD).", today, problems);
		if (where != null && !where.isRefused() && !covers(where.finest())) {
			problems.add(FacilityField.ADM1, outsideArea(where.finest()));
		}
		if (!problems.none()) {
			return Optional.empty();
		}
		String typeCode = type.toLowerCase(Locale.ROOT);
		return Optional.of(new StagedEvent(input.row(), source, identified.key(), false, facility, name, typeCode,
				where.codes().get(0), where.finest(), status.get(), day,
				ContentHash.of(facility, typeCode, where.finest(), status.get().name(), day, name)));
	}

	/** Whether a settlement lies in the area of the user sending the events. */
	boolean covers(String settlement) {
		return scope.covers(places, settlement, null);
	}

	String outsideArea(String settlement) {
		return "The facility stands in " + settlement + ", outside your area (" + String.join(", ", scope.placeCodes())
				+ "): you record only there.";
	}

	/** The refusal of a row whose event id or facility is known in another area: it says neither that nor where. */
	String knownOutsideArea(String what) {
		return "The " + what + " lies outside your area (" + String.join(", ", scope.placeCodes())
				+ "): you record only there.";
	}

	private static String code(FacilityRowInput input, FacilityField field, String missing,
			RowProblems<FacilityField> problems) {
		String code = input.text(field);
		String problem = code == null ? missing : SourceIds.problem(code);
		if (problem != null) {
			problems.add(field, problem);
		}
		return code;
	}
}
