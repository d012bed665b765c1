package org.homeward.reconstruction.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.homeward.reconstruction.Facilities;
import org.homeward.reconstruction.FacilityBatch;
import org.homeward.ledger.RecordKey;
import org.homeward.ledger.RowFields;
import org.homeward.reconstruction.FacilityField;
import org.homeward.reconstruction.FacilityHistory;
import org.homeward.reconstruction.FacilityRowInput;
import org.homeward.reconstruction.FacilityType;
import org.homeward.reconstruction.WorksUnderWay;
import org.homeward.sources.Sources;
import org.homeward.web.InputError;
import org.homeward.web.InvalidInputException;
import org.homeward.ledger.LostRace;
import org.homeward.web.ProblemException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Facilities over HTTP: types, a facility's history, single status events, and the reconstruction figures. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reconstruction", description = "Facilities and their status history")
class FacilityController {

	static final Map<FacilityField, String> FIELDS = fields();

	private final Facilities facilities;
	private final Sources sources;
	private final Clock clock;

	FacilityController(Facilities facilities, Sources sources, Clock clock) {
		this.facilities = facilities;
		this.sources = sources;
		this.clock = clock;
	}

	@GetMapping("/facility-types")
	@Operation(summary = "The registered facility types, in briefing order")
	List<FacilityType> types() {
		return facilities.types();
	}

	@GetMapping("/facilities/{source}/{code}")
	@Operation(summary = "A facility with its status history")
	FacilityHistory facility(@PathVariable String source, @PathVariable String code) {
		return facilities.history(RecordKey.of(source, code));
	}

	@PostMapping("/facilities/events")
	@Operation(summary = "Record one status event of a facility (registering the facility at its first event)")
	ResponseEntity<FacilityHistory> recordEvent(@RequestBody EventRequest request) {
		Map<FacilityField, String> values = new EnumMap<>(FacilityField.class);
		put(values, FacilityField.EVENT_ID, request.id());
		put(values, FacilityField.SOURCE, request.source());
		put(values, FacilityField.FACILITY_CODE, request.facility());
		put(values, FacilityField.FACILITY_NAME, request.name());
		put(values, FacilityField.FACILITY_TYPE, request.type());
		put(values, FacilityField.ADM1, request.adm1());
		put(values, FacilityField.ADM2, request.adm2());
		put(values, FacilityField.ADM3, request.adm3());
		put(values, FacilityField.ADM4, request.adm4());
		put(values, FacilityField.STATUS, request.status());
		put(values, FacilityField.DAY, request.date());
		record(new FacilityRowInput(0, values), request.reason());
		RecordKey facility = RecordKey.of(request.source(), request.facility().strip());
		// a facility's code may hold characters a link must percent-encode, as a record's id may
		URI location = URI.create("/api/v1/facilities/" + facility.path());
		FacilityHistory history = facilities.history(facility);
		return ResponseEntity.created(location).body(history);
	}

	@DeleteMapping("/facilities/events/{source}/{id}")
	@Operation(summary = "Void a status event; a reason is required")
	void voidEvent(@PathVariable String source, @PathVariable String id, @RequestParam(required = false) String reason) {
		if (reason == null || reason.isBlank()) {
			throw InvalidInputException.of(List.of(InputError.field("reason", reason,
					"Say why: a void needs a reason, kept with the new version.")));
		}
		record(new FacilityRowInput(0, Map.of(FacilityField.EVENT_ID, id, FacilityField.SOURCE, source,
				FacilityField.VOID, "true")), reason);
	}

	@GetMapping("/facilities/figures")
	@Operation(summary = "Facilities put into operation in the period and works under way as of the day",
			description = "By facility type and by governorate, for one source (default: the primary source).")
	FiguresResponse figures(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "7") int days, @RequestParam(required = false) String source,
			@RequestParam(required = false) Instant knownAt) {
		if (days < 1 || days > 3_660) {
			throw ProblemException.invalid("days", days, "must be between 1 and 3660.");
		}
		String code = source == null ? sources.primary().code() : sources.require(source).code();
		LocalDate from = asOf.minusDays(days - 1L);
		WorksUnderWay works = facilities.worksUnderWay(code, asOf, knownAt);
		return new FiguresResponse(code, from, asOf, knownAt == null ? clock.instant() : knownAt,
				facilities.putIntoOperation(code, from, asOf, knownAt),
				facilities.putIntoOperationByGovernorate(code, from, asOf, knownAt), works.settlements(), works.byType(),
				works.byGovernorate());
	}

	/** One event, a transaction of its own, run again if it lost a race (the first write of a source, say). */
	private void record(FacilityRowInput input, String reason) {
		LostRace.runAgain(() -> facilities.record(new FacilityBatch(null, null, FIELDS, List.of(),
				List.of(input).iterator(), () -> "", reason)));
	}

	private static void put(Map<FacilityField, String> values, FacilityField field, String value) {
		if (value != null) {
			values.put(field, value);
		}
	}

	private static Map<FacilityField, String> fields() {
		return RowFields.named(FacilityField.class, "id", "source", "facility", "name", "type", "adm1", "adm2", "adm3",
				"adm4", "status", "date", "void");
	}

	/** One status event as sent; a correction of an event is the same id with other content and a reason. */
	record EventRequest(String id, String source, String facility, String name, String type, String adm1, String adm2,
			String adm3, String adm4, String status, String date, String reason) {
	}

	/** The reconstruction figures as the API publishes them. */
	record FiguresResponse(String source, LocalDate from, LocalDate asOf, Instant knownAt,
			Map<String, Long> putIntoOperationByType, Map<String, Long> putIntoOperationByGovernorate,
			long worksUnderWaySettlements, Map<String, Long> worksUnderWayByType,
			Map<String, Long> worksUnderWayByGovernorate) {
	}
}
