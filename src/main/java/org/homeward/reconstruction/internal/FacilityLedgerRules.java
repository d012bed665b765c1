package org.homeward.reconstruction.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.homeward.access.Scope;
import org.homeward.geography.HomeCountry;
import org.homeward.geography.Places;
import org.homeward.ledger.BatchProblems;
import org.homeward.ledger.ChangedDay;
import org.homeward.ledger.ImportSteps;
import org.homeward.ledger.LedgerRules;
import org.homeward.ledger.ImportSummary;
import org.homeward.ledger.LedgerStore;
import org.homeward.ledger.LedgerTables;
import org.homeward.ledger.LedgerWrites;
import org.homeward.reconstruction.Facilities;
import org.homeward.reconstruction.FacilityBatch;
import org.homeward.reconstruction.FacilityField;
import org.homeward.reconstruction.FacilityType;
import org.homeward.sources.Sources;
import org.homeward.web.InputError;
import org.springframework.stereotype.Component;

/**
 * What the facility ledger brings to the ledger kernel: its tables, its events' validation, the checks that a
 * facility neither moves nor changes its type and that what stands in another area stays out of reach, and the
 * register and timelines it keeps in step with the events.
 */
@Component
public class FacilityLedgerRules {

	/**
	 * A staged event carries its facility as the file describes it; a version keeps the facility's code only, the
	 * rest lives in the register.
	 */
	public static final LedgerTables TABLES = new LedgerTables("facilities", "status event", "facility_import",
			"facility_import_row", "facility_event", "facility_event_head", "event_id",
			List.of("facility_code", "facility_name", "type_code", "adm1_code", "settlement_code", "status",
					"status_on"),
			List.of("facility_code", "status", "status_on"));

	private final LedgerWrites writes;
	private final FacilityRegister register;
	private final FacilityTimelines timelines;
	private final Places places;
	private final Sources sources;
	private final HomeCountry homeCountry;
	private final Clock clock;

	FacilityLedgerRules(LedgerWrites writes, FacilityRegister register, FacilityTimelines timelines, Places places, Sources sources,
			HomeCountry homeCountry, Clock clock) {
		this.writes = writes;
		this.register = register;
		this.timelines = timelines;
		this.places = places;
		this.sources = sources;
		this.homeCountry = homeCountry;
		this.clock = clock;
	}

	/** Records a batch written by a user of this scope through the ledger kernel, by the facilities' rules. */
	public ImportSummary record(FacilityBatch batch, Scope scope) {
		Set<String> types = register.types().stream().map(FacilityType::code).collect(Collectors.toSet());
		EventValidator validator = new EventValidator(places, sources, types, homeCountry.today(clock),
				batch.columns(), scope);
		return writes.record(batch, TABLES, validator, new Rules(batch.columns(), validator, scope, register,
				timelines));
	}

	/** {@code columns} names each field as the batch does. */
	private record Rules(Map<FacilityField, String> columns, EventValidator validator, Scope scope,
			FacilityRegister register, FacilityTimelines timelines) implements LedgerRules {

		@Override
		public void checkStaged(long importId, BatchProblems problems) {
			Set<Long> outside = scope.limitsPlaces() ? outsideArea(importId, problems) : Set.of();
			// a row refused above is not named again by the settlement its facility stands in
			register.facilitiesChanged(importId, columns.get(FacilityField.FACILITY_TYPE),
					columns.get(FacilityField.ADM1), BatchProblems.MAX_LISTED).stream()
				.filter(error -> !outside.contains(error.row())).forEach(problems::add);
		}

		/**
		 * An event or facility known elsewhere stays out of reach, whether the row corrects, voids or moves it in;
		 * it is answered as one not known at all, or as an id outside the area, never by where it stands. The rows
		 * refused.
		 */
		private Set<Long> outsideArea(long importId, BatchProblems problems) {
			Set<Long> outside = new HashSet<>();
			register.settlementsOfKnownEvents(importId).forEach((row, known) -> {
				if (!validator.covers(known.settlement()) && problems.listsMore()) {
					outside.add(row);
					problems.add(new InputError(row, columns.get(FacilityField.EVENT_ID), known.code(), known.voiding()
							? LedgerStore.noRecordToRetract(TABLES, known.source())
							: validator.knownOutsideArea("id")));
				}
			});
			String facilityColumn = columns.get(FacilityField.FACILITY_CODE);
			register.settlementsOfKnownFacilities(importId).forEach((row, known) -> {
				if (!validator.covers(known.settlement()) && !outside.contains(row) && problems.listsMore()) {
					outside.add(row);
					problems.add(new InputError(row, facilityColumn, known.code(), validator.knownOutsideArea("facility")));
				}
			});
			return outside;
		}

		@Override
		public List<ChangedDay> changedDays(long importId) {
			return register.changedDays(importId);
		}

		@Override
		public void beforeVersions(long importId, Instant at, ImportSteps steps) {
			register.register(importId, at);
			steps.done("register");
		}

		@Override
		public void afterHeads(long importId, ImportSteps steps) {
			timelines.refresh(importId);
			steps.done("timelines");
		}

		/** Registering facilities, appending versions and moving heads are timed as one step, {@code apply}. */
		@Override
		public String step(String step) {
			return switch (step) {
				case "register", "versions" -> null;
				case "heads" -> "apply";
				default -> step;
			};
		}

		@Override
		public Object changed(long importId) {
			return new Facilities.EventsChanged(importId);
		}
	}
}
