package org.homeward.reconstruction.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HexFormat;
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
import org.homeward.web.DayRange;
import org.homeward.ledger.FreeText;
import org.homeward.web.InputError;
import org.homeward.ledger.SourceIds;

/** Checks one facility status event against the exchange contract (section 2) and the reference data. */
class EventValidator {

	private final Places places;
	private final Sources sources;
	private final Set<String> types;
	private final LocalDate today;
	private final Map<FacilityField, String> columns;
	private final Map<String, Boolean> knownSources = new HashMap<>();
	private final Scope scope;

	EventValidator(Places places, Sources sources, Set<String> types, LocalDate today,
			Map<FacilityField, String> columns, Scope scope) {
		this.scope = scope;
		this.places = places;
		this.sources = sources;
		this.types = types;
		this.today = today;
		this.columns = columns;
	}

	Optional<StagedEvent> validate(FacilityRowInput input, List<InputError> errors) {
		int before = errors.size();
		String eventId = code(input, FacilityField.EVENT_ID, "The row needs the source's id of this status event.",
				errors);
		String source = input.text(FacilityField.SOURCE);
		if (source == null) {
			add(errors, input, FacilityField.SOURCE, "The row needs the code of a registered source.");
		}
		else {
			source = source.toUpperCase(Locale.ROOT);
			if (!knownSources.computeIfAbsent(source, code -> sources.find(code).isPresent())) {
				add(errors, input, FacilityField.SOURCE, "No source is registered with this code.");
			}
			else if (!scope.allowsSource(source)) {
				add(errors, input, FacilityField.SOURCE, "Your account writes as source " + scope.sourceCode() + " only.");
			}
		}
		String voidText = input.text(FacilityField.VOID);
		boolean voided = voidText != null && voidText.equalsIgnoreCase("true");
		if (voidText != null && !voided && !voidText.equalsIgnoreCase("false")) {
			add(errors, input, FacilityField.VOID, "Write true to retract the event, or leave the cell empty.");
		}
		if (voided) {
			return errors.size() == before
					? Optional.of(new StagedEvent(input.row(), source, eventId, true, null, null, null, null, null, null,
							null, "void"))
					: Optional.empty();
		}
		String facility = code(input, FacilityField.FACILITY_CODE, "The row needs the facility's code.", errors);
		String name = input.text(FacilityField.FACILITY_NAME);
		if (name != null && (name.length() > 300 || !FreeText.isOneLine(name))) {
			add(errors, input, FacilityField.FACILITY_NAME, "A facility name is one line of at most 300 characters, "
					+ "with no control characters (a line break in a cell is one: write a space instead).");
		}
		String type = input.text(FacilityField.FACILITY_TYPE);
		if (type == null) {
			add(errors, input, FacilityField.FACILITY_TYPE, "The row needs the facility's type.");
		}
		else if (!types.contains(type.toLowerCase(Locale.ROOT))) {
			add(errors, input, FacilityField.FACILITY_TYPE,
					"This is not a registered facility type (" + String.join(", ", new java.util.TreeSet<>(types)) + ").");
		}
		Places.Destination where = null;
		if (input.text(FacilityField.ADM1) == null) {
			add(errors, input, FacilityField.ADM1, "The row needs the p-code of the governorate the facility stands in.");
		}
		else {
			where = places.destination(input.text(FacilityField.ADM1), input.text(FacilityField.ADM2),
					input.text(FacilityField.ADM3), input.text(FacilityField.ADM4));
			if (where.isRefused()) {
				FacilityField[] levels = { FacilityField.ADM1, FacilityField.ADM2, FacilityField.ADM3, FacilityField.ADM4 };
				add(errors, input, levels[where.refusedLevel()], where.problem());
			}
		}
		Optional<FacilityStatus> status = FacilityStatus.parse(input.text(FacilityField.STATUS));
		if (status.isEmpty()) {
			add(errors, input, FacilityField.STATUS, "The status must be damaged, works_under_way or in_operation.");
		}
		LocalDate day = day(input, errors);
		if (where != null && !where.isRefused() && !covers(where.finest())) {
			add(errors, input, FacilityField.ADM1, outsideArea(where.finest()));
		}
		if (errors.size() > before) {
			return Optional.empty();
		}
		String typeCode = type.toLowerCase(Locale.ROOT);
		String canonical = String.join("|", facility, typeCode, where.finest(), status.get().name(), day.toString(),
				name == null ? "" : name);
		return Optional.of(new StagedEvent(input.row(), source, eventId, false, facility, name, typeCode,
				where.codes().get(0), where.finest(), status.get(), day, sha256(canonical)));
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

	private String code(FacilityRowInput input, FacilityField field, String missing, List<InputError> errors) {
		String code = input.text(field);
		String problem = code == null ? missing : SourceIds.problem(code);
		if (problem != null) {
			add(errors, input, field, problem);
		}
		return code;
	}

	private LocalDate day(FacilityRowInput input, List<InputError> errors) {
		String text = input.text(FacilityField.DAY);
		if (text == null) {
			add(errors, input, FacilityField.DAY, "The row needs the day the facility entered the status (YYYY-MM-DD).");
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(text);
			if (day.isAfter(today)) {
				add(errors, input, FacilityField.DAY, "The day is after today (" + today + ").");
				return null;
			}
			if (day.isBefore(DayRange.FIRST_DAY)) {
				add(errors, input, FacilityField.DAY, DayRange.BEFORE_FIRST_DAY);
				return null;
			}
			return day;
		}
		catch (DateTimeParseException e) {
			add(errors, input, FacilityField.DAY, "A day is written YYYY-MM-DD, as 2018-10-22.");
			return null;
		}
	}

	private void add(List<InputError> errors, FacilityRowInput input, FacilityField field, String message) {
		errors.add(new InputError(input.row() > 0 ? input.row() : null, columns.get(field), input.raw(field), message));
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}
}
