package org.homeward.registrations.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.homeward.ledger.ImportSummary;
import org.homeward.ledger.RecordKey;
import org.homeward.registrations.PersonRegistrations;
import org.homeward.registrations.RegistrationBatch;
import org.homeward.registrations.RegistrationField;
import org.homeward.registrations.RegistrationRowInput;
import org.homeward.registrations.Registrations;
import org.homeward.registrations.RegistrationFigures;
import org.homeward.web.ProblemException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What linkage found (exchange contract, section 5): its state, the people, and the figures. No name. */
@RestController
@RequestMapping("/api/v1/registrations")
@Tag(name = "Registrations", description = "Household registrations after linkage: people and figures")
class RegistrationController {

	static final int MAX_DAYS = 3_660;

	private final Registrations registrations;
	private final RegistrationLinker linker;
	private final LinkedFigures figures;
	private final LinkageDecisions decisions;
	private final PersonRecords persons;
	private final HouseholdRegistration households;

	RegistrationController(Registrations registrations, RegistrationLinker linker, LinkedFigures figures,
			LinkageDecisions decisions, PersonRecords persons, HouseholdRegistration households) {
		this.households = households;
		this.registrations = registrations;
		this.linker = linker;
		this.figures = figures;
		this.decisions = decisions;
		this.persons = persons;
	}

	@PostMapping("/households")
	@Operation(summary = "Register a household (head and members) in one request: all or nothing, as an import; "
			+ "a problem's row is the member's number, counted from 1")
	ImportSummary household(@RequestBody HouseholdRegistration.Household request) {
		return households.register(request);
	}


	@GetMapping("/people/{person}")
	@Operation(summary = "A person's current registrations as their sources wrote them, names included (audited)")
	PersonRecords.PersonView person(@PathVariable String person) {
		return persons.person(person);
	}

	@GetMapping("/people/{person}/export")
	@Operation(summary = "Every version of a person's registrations, for them to take away (audited)")
	ResponseEntity<PersonRecords.PersonView> export(@PathVariable String person) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"person-" + person.replaceAll("[^A-Za-z0-9-]", "")
					+ ".json\"")
			.body(persons.export(person));
	}

	@DeleteMapping("/people/{person}")
	@Operation(summary = "Erase what names a person, on a lawful request; counts stay as they were (audited)")
	Map<String, Object> erase(@PathVariable String person, @RequestParam(required = false) String reason) {
		return Map.of("person", person, "erasedVersions", persons.erase(person, reason));
	}

	@GetMapping("/reviews")
	@Operation(summary = "Pairs linkage found neither clearly one person nor clearly two, the likeliest first")
	Map<String, List<LinkageDecisions.Review>> reviews() {
		return Map.of("reviews", decisions.reviews());
	}

	record DecisionRequest(RecordKey a, RecordKey b, Boolean samePerson, String reason) {
	}

	@PostMapping("/decisions")
	@Operation(summary = "Decide that two registrations are one person, or two; later linkage keeps to it")
	ResponseEntity<LinkageDecisions.Decision> decide(@RequestBody DecisionRequest request) {
		if (request.a() == null || request.b() == null) {
			throw ProblemException.invalid(request.a() == null ? "a" : "b", null,
					"name both registrations as {\"source\": …, \"id\": …}.");
		}
		LinkageDecisions.Decision decision = decisions.decide(RecordKey.of(request.a().source(), request.a().id()),
				RecordKey.of(request.b().source(), request.b().id()), request.samePerson(), request.reason());
		return ResponseEntity.created(URI.create("/api/v1/registrations/decisions/" + decision.id())).body(decision);
	}

	@DeleteMapping("/decisions/{id}")
	@Operation(summary = "Withdraw a decision, with a reason; linkage weighs the pair by its evidence again")
	LinkageDecisions.Decision withdraw(@PathVariable long id, @RequestParam(required = false) String reason) {
		return decisions.withdraw(id, reason);
	}

	@GetMapping("/linkage")
	@Operation(summary = "Whether every applied import has been linked (idle) or a linkage is under way (running)")
	Map<String, Object> linkage() {
		return Map.of("state", linker.idle() ? "idle" : "running");
	}

	@GetMapping("/people")
	@Operation(summary = "Every person and the registrations that stand in them, by source and id")
	Map<String, List<PersonRegistrations>> people(@RequestParam(required = false) List<String> source) {
		return Map.of("people", figures.people(sources(source)));
	}

	@GetMapping("/figures")
	@Operation(summary = "Registrations, distinct people and households as of a day, the people who came home in "
			+ "the `days` days ending with asOf, and the registrations that were the same person")
	RegistrationFigures figures(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "7") int days, @RequestParam(required = false) List<String> source) {
		if (days < 1 || days > MAX_DAYS) {
			throw ProblemException.invalid("days", days, "must be between 1 and " + MAX_DAYS + ".");
		}
		return figures.figures(asOf, days, sources(source));
	}

	/** The sources named (in any case), none for all. */
	private static List<String> sources(List<String> named) {
		return named == null ? List.of() : named.stream().map(code -> code.strip().toUpperCase(Locale.ROOT)).toList();
	}
}
