package org.homeward.sources.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.homeward.sources.Source;
import org.homeward.sources.Sources;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The sources registry over HTTP: anyone may read it, administrators and coordinators add to it. */
@RestController
@RequestMapping("/api/v1/sources")
@Tag(name = "Sources", description = "Organisations that report figures")
class SourceController {

	private final Sources sources;

	SourceController(Sources sources) {
		this.sources = sources;
	}

	@GetMapping
	@Operation(summary = "Every registered source")
	List<SourceResponse> all() {
		return sources.all().stream().map(SourceResponse::from).toList();
	}

	@GetMapping("/{code}")
	@Operation(summary = "One source by its code")
	SourceResponse one(@PathVariable String code) {
		return SourceResponse.from(sources.require(code));
	}

	@PostMapping
	@Operation(summary = "Register a source (administrators and coordinators)")
	ResponseEntity<SourceResponse> register(@RequestBody Sources.NewSource request) {
		Source source = sources.register(request);
		return ResponseEntity.created(URI.create("/api/v1/sources/" + source.code())).body(SourceResponse.from(source));
	}

	/** A source as the API publishes it. */
	record SourceResponse(String code, String name, String kind, boolean primary, Instant registeredAt) {

		static SourceResponse from(Source source) {
			return new SourceResponse(source.code(), source.name(), source.kind().apiName(), source.primary(),
					source.registeredAt());
		}
	}
}
