package org.homeward.situation.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.homeward.situation.AidDeliveries;
import org.homeward.situation.AidDeliveries.AidRequest;
import org.homeward.situation.Camps;
import org.homeward.situation.Camps.AccessRequest;
import org.homeward.situation.Camps.PopulationRequest;
import org.homeward.situation.CoordinationActions;
import org.homeward.situation.CoordinationActions.ActionRequest;
import org.homeward.situation.LegalActs;
import org.homeward.situation.LegalActs.LegalActRequest;
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

	private final Camps camps;
	private final LegalActs legalActs;
	private final CoordinationActions actions;
	private final AidDeliveries aid;

	SituationController(Camps camps, LegalActs legalActs, CoordinationActions actions, AidDeliveries aid) {
		this.camps = camps;
		this.legalActs = legalActs;
		this.actions = actions;
		this.aid = aid;
	}

	@GetMapping("/camps")
	@Operation(summary = "Every camp with its latest population estimate and access status on or before asOf")
	List<CampSituation> camps(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return camps.asOf(asOf);
	}

	@GetMapping("/camps/{code}/population")
	List<CampPopulation> population(@PathVariable String code) {
		return camps.populationHistory(code);
	}

	@PostMapping("/camps/{code}/population")
	@Operation(summary = "Record a population estimate of a camp")
	ResponseEntity<CampPopulation> estimate(@PathVariable String code, @RequestBody PopulationRequest request) {
		CampPopulation population = camps.estimatePopulation(code, request);
		return created("/api/v1/camps/" + population.camp() + "/population", population);
	}

	@GetMapping("/camps/{code}/access")
	List<CampAccess> access(@PathVariable String code) {
		return camps.accessHistory(code);
	}

	@PostMapping("/camps/{code}/access")
	@Operation(summary = "Record the humanitarian access to a camp from a day on")
	ResponseEntity<CampAccess> recordAccess(@PathVariable String code, @RequestBody AccessRequest request) {
		CampAccess access = camps.recordAccess(code, request);
		return created("/api/v1/camps/" + access.camp() + "/access", access);
	}

	@GetMapping("/legal-acts")
	@Operation(summary = "Legal acts signed from..to (default: all until today)")
	List<LegalAct> legalActs(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return legalActs.signed(from == null ? LocalDate.of(1900, 1, 1) : from, to == null ? LocalDate.of(9999, 12, 31) : to);
	}

	@PostMapping("/legal-acts")
	@Operation(summary = "Register a legal act (a decree, an amnesty)")
	ResponseEntity<LegalAct> registerLegalAct(@RequestBody LegalActRequest request) {
		LegalAct act = legalActs.register(request);
		return created("/api/v1/legal-acts/" + act.id(), act);
	}

	@PutMapping("/legal-acts/{id}")
	@Operation(summary = "Correct a legal act: a new version, with a reason")
	LegalAct correctLegalAct(@PathVariable long id, @RequestBody LegalActRequest request) {
		return legalActs.correct(id, request);
	}

	@GetMapping("/legal-acts/{id}/versions")
	List<LegalAct> legalActVersions(@PathVariable long id) {
		return legalActs.versions(id);
	}

	@GetMapping("/coordination-actions")
	@Operation(summary = "Coordination actions (working groups, conferences, convoys) in their current state")
	List<CoordinationAction> actions() {
		return actions.current();
	}

	@PostMapping("/coordination-actions")
	ResponseEntity<CoordinationAction> registerAction(@RequestBody ActionRequest request) {
		CoordinationAction action = actions.register(request);
		return created("/api/v1/coordination-actions/" + action.id(), action);
	}

	@PutMapping("/coordination-actions/{id}")
	@Operation(summary = "Record a coordination action's new state: a new version, with a reason")
	CoordinationAction updateAction(@PathVariable long id, @RequestBody ActionRequest request) {
		return actions.update(id, request);
	}

	@GetMapping("/coordination-actions/{id}/versions")
	List<CoordinationAction> actionVersions(@PathVariable long id) {
		return actions.versions(id);
	}

	@GetMapping("/aid-deliveries")
	@Operation(summary = "Aid delivered from..to")
	List<AidDelivery> aid(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		if (from.isAfter(to)) {
			throw ProblemException.invalid("from", from, "must not be after to.");
		}
		return aid.deliveredIn(from, to);
	}

	@PostMapping("/aid-deliveries")
	ResponseEntity<AidDelivery> recordAid(@RequestBody AidRequest request) {
		AidDelivery delivery = aid.record(request);
		return created("/api/v1/aid-deliveries/" + delivery.id(), delivery);
	}

	/** A 201 answer with the item recorded and where it is read. */
	private static <T> ResponseEntity<T> created(String location, T item) {
		return ResponseEntity.created(URI.create(location)).body(item);
	}
}
