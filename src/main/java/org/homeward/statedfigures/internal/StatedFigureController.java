package org.homeward.statedfigures.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.homeward.sources.Sources;
import org.homeward.statedfigures.FigureProblem;
import org.homeward.statedfigures.StatedFigureChecks;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The checks of a source's stated figures (exchange contract, section 7): public, as its briefing figures are. */
@RestController
@RequestMapping("/api/v1/stated-figures")
@Tag(name = "Stated figures", description = "Headline figures sources published, checked against each other and "
		+ "against the source's records")
class StatedFigureController {

	private final StatedFigureChecks checks;
	private final Sources sources;

	StatedFigureController(StatedFigureChecks checks, Sources sources) {
		this.checks = checks;
		this.sources = sources;
	}

	@GetMapping("/checks")
	@Operation(summary = "The problems of a source's stated figures: cumulative-fell, parts-exceed-total, "
			+ "parts-differ-from-total, differs-from-records")
	ChecksResponse checks(@RequestParam String source) {
		return new ChecksResponse(checks.problems(sources.require(source).code()).stream().map(ProblemResponse::from)
			.toList());
	}

	record ChecksResponse(List<ProblemResponse> problems) {
	}

	record ProblemResponse(String kind, List<String> ids, String message) {

		static ProblemResponse from(FigureProblem problem) {
			return new ProblemResponse(problem.kind().code(), problem.ids(), problem.message());
		}
	}
}
