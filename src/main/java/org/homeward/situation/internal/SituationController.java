package org.homeward.situation.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.homeward.situation.Situation;
import org.homeward.situation.SituationItems.AidDelivery;
import org.homeward.situation.SituationItems.CampAccess;
import org.homeward.situation.SituationItems.CampPopulation;
import org.homeward.situation.SituationItems.CampSituation;
import org.homeward.situation.SituationItems.CoordinationAction;
import org.homeward.situation.SituationItems.LegalAct;
import org.homeward.web.ProblemException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Camps and access, legal acts, coordination actions and aid deliveries over HTTP. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Situation", description = "Camps and humanitarian access, legal acts, coordination actions, aid")
class SituationController {

	private final Situation situation;

	SituationController(Situation situation) {
		this.situation = situation;
	}

	@GetMapping("/camps")
	@Operation(summary = "Every camp with its latest population estimate and access status on or before asOf")
	List<CampSituation> camps(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return situation.camps(asOf);
	}

	@GetMapping("/camps/{code}/population")
	List<CampPopulation> population(@PathVariable String code) {
		return situation.populationHistory(code);
	}

	@PostMapping("/camps/{code}/population")
	@Operation(summary = "Record a population estimate of a camp")
	ResponseEntity<CampPopulation> estimate(@PathVariable String code, @RequestBody PopulationRequest request) {
		CampPopulation population = situation.estimatePopulation(code, request.source(), request.estimatedOn(),
				request.persons(), request.note());
		return ResponseEntity.created(URI.create("/api/v1/camps/" + population.camp() + "/population")).body(population);
	}

	@GetMapping("/camps/{code}/access")
	List<CampAccess> access(@PathVariable String code) {
		return situation.accessHistory(code);
	}

	@PostMapping("/camps/{code}/access")
	@Operation(summary = "Record the humanitarian access to a camp from a day on")
	ResponseEntity<CampAccess> recordAccess(@PathVariable String code, @RequestBody AccessRequest request) {
		CampAccess access = situation.recordAccess(code, request.source(), request.since(), request.status(),
				request.reason());
		return ResponseEntity.created(URI.create("/api/v1/camps/" + access.camp() + "/access")).body(access);
	}

	@GetMapping("/legal-acts")
	@Operation(summary = "Legal acts signed from..to (default: all until today)")
	List<LegalAct> legalActs(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return situation.legalActs(from == null ? LocalDate.of(1900, 1, 1) : from, to == null ? LocalDate.of(9999, 12, 31) : to);
	}

	@PostMapping("/legal-acts")
	@Operation(summary = "Register a legal act (a decree, an amnesty)")
	ResponseEntity<LegalAct> registerLegalAct(@RequestBody Situation.LegalActRequest request) {
		LegalAct act = situation.recordLegalAct(null, request);
		return ResponseEntity.created(URI.create("/api/v1/legal-acts/" + act.id())).body(act);
	}

	@PutMapping("/legal-acts/{id}")
	@Operation(summary = "Correct a legal act: a new version, with a reason")
	LegalAct correctLegalAct(@PathVariable long id, @RequestBody Situation.LegalActRequest request) {
		return situation.recordLegalAct(id, request);
	}

	@GetMapping("/legal-acts/{id}/versions")
	List<LegalAct> legalActVersions(@PathVariable long id) {
		return situation.legalActVersions(id);
	}

	@GetMapping("/coordination-actions")
	@Operation(summary = "Coordination actions (working groups, conferences, convoys) in their current state")
	List<CoordinationAction> actions() {
		return situation.actions();
	}

	@PostMapping("/coordination-actions")
	ResponseEntity<CoordinationAction> registerAction(@RequestBody Situation.ActionRequest request) {
		CoordinationAction action = situation.recordAction(null, request);
		return ResponseEntity.created(URI.create("/api/v1/coordination-actions/" + action.id())).body(action);
	}

	@PutMapping("/coordination-actions/{id}")
	@Operation(summary = "Record a coordination action's new state: a new version, with a reason")
	CoordinationAction updateAction(@PathVariable long id, @RequestBody Situation.ActionRequest request) {
		return situation.recordAction(id, request);
	}

	@GetMapping("/coordination-actions/{id}/versions")
	List<CoordinationAction> actionVersions(@PathVariable long id) {
		return situation.actionVersions(id);
	}

	@GetMapping("/aid-deliveries")
	@Operation(summary = "Aid delivered from..to")
	List<AidDelivery> aid(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		if (from.isAfter(to)) {
			throw ProblemException.invalid("from", from, "must not be after to.");
		}
		return situation.aid(from, to);
	}

	@PostMapping("/aid-deliveries")
	ResponseEntity<AidDelivery> recordAid(@RequestBody Situation.AidRequest request) {
		AidDelivery aid = situation.recordAid(request);
		return ResponseEntity.created(URI.create("/api/v1/aid-deliveries/" + aid.id())).body(aid);
	}

	/** A population estimate as sent; persons is read as any number, so that 2.5 is refused, not cut to 2. */
	record PopulationRequest(String source, LocalDate estimatedOn, java.math.BigDecimal persons, String note) {
	}

	/** An access status as sent. */
	record AccessRequest(String source, LocalDate since, String status, String reason) {
	}
}
