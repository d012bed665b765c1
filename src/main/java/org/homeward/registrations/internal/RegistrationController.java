package org.homeward.registrations.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.homeward.registrations.PersonRegistrations;
import org.homeward.registrations.RegistrationFigures;
import org.homeward.web.ProblemException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What linkage found (exchange contract, section 5): its state, the people, and the figures. No name. */
@RestController
@RequestMapping("/api/v1/registrations")
@Tag(name = "Registrations", description = "Household registrations after linkage: people and figures")
class RegistrationController {

	static final int MAX_DAYS = 3_660;

	private final RegistrationLinker linker;
	private final LinkedFigures figures;

	RegistrationController(RegistrationLinker linker, LinkedFigures figures) {
		this.linker = linker;
		this.figures = figures;
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
