package org.homeward.sources;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.homeward.access.AuditTrail;
import org.homeward.sources.internal.SourceRepository;
import org.homeward.ledger.FreeText;
import org.homeward.web.InputError;
import org.homeward.web.InvalidInputException;
import org.homeward.web.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry of sources: look one up, find the primary one, register a new one. */
@Service
public class Sources implements org.homeward.access.SourceCodes {

	private final SourceRepository repository;
	private final AuditTrail auditTrail;
	private final Clock clock;

	Sources(SourceRepository repository, AuditTrail auditTrail, Clock clock) {
		this.repository = repository;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	@Override
	public List<String> codes() {
		return all().stream().map(Source::code).toList();
	}

	public List<Source> all() {
		return repository.findAll();
	}

	/** The source with a code, in any case. */
	public Optional<Source> find(String code) {
		return code == null ? Optional.empty() : repository.find(code.strip().toUpperCase(Locale.ROOT));
	}

	/** The source with a code, or a 404 problem naming it. */
	public Source require(String code) {
		return find(code).orElseThrow(() -> ProblemException.notFound("Source", code));
	}

	/** The instance's primary source: the one briefings speak for unless asked otherwise. */
	public Source primary() {
		return repository.findPrimary().orElseThrow(() -> new IllegalStateException("no primary source is registered"));
	}

	/** Registers a source; every problem with the request is reported at once and nothing is written. */
	@Transactional
	public Source register(NewSource request) {
		List<InputError> errors = new ArrayList<>();
		String code = request.code() == null ? null : request.code().strip();
		if (code == null || code.isEmpty()) {
			errors.add(InputError.field("code", request.code(), "A source needs a code."));
		}
		else if (!Source.CODE.matcher(code).matches()) {
			errors.add(InputError.field("code", request.code(),
					"A source code is 2 to 20 upper-case letters, digits or underscores, starting with a letter."));
		}
		String name = request.name() == null ? "" : request.name().strip();
		if (name.isEmpty()) {
			errors.add(InputError.field("name", request.name(), "A source needs a name."));
		}
		else if (name.length() > 200) {
			errors.add(InputError.field("name", name.substring(0, 40) + "…", "A name has at most 200 characters."));
		}
		else if (!FreeText.isOneLine(name)) {
			errors.add(InputError.field("name", name, FreeText.ONE_LINE));
		}
		Optional<SourceKind> kind = SourceKind.parse(request.kind());
		if (kind.isEmpty()) {
			errors.add(InputError.field("kind", request.kind(),
					"The kind must be one of headquarters, un_agency, ngo, government, other."));
		}
		if (!errors.isEmpty()) {
			throw InvalidInputException.of(errors);
		}
		if (repository.find(code).isPresent()) {
			throw ProblemException.conflict("source-exists", "A source with the code '" + code + "' is registered already.");
		}
		if (request.primary()) {
			repository.findPrimary().ifPresent(primary -> {
				throw ProblemException.conflict("primary-source-exists",
						"'" + primary.code() + "' is the primary source already; an instance has one.");
			});
		}
		Source source = new Source(code, name, kind.get(), request.primary(), clock.instant(),
				auditTrail.currentActor());
		repository.insert(source);
		auditTrail.record("source.registered", "source", code,
				Map.of("name", name, "kind", source.kind().apiName(), "primary", source.primary()));
		return source;
	}

	/** What a person asks to register; the kind as the API writes it ({@code un_agency}). */
	public record NewSource(String code, String name, String kind, Boolean primary) {

		public NewSource {
			primary = Boolean.TRUE.equals(primary);
		}
	}
}
