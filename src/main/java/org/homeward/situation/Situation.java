package org.homeward.situation;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homeward.access.AuditTrail;
import org.homeward.geography.HomeCountry;
import org.homeward.geography.Place;
import org.homeward.geography.PlaceKind;
import org.homeward.geography.Places;
import org.homeward.situation.SituationItems.Access;
import org.homeward.situation.SituationItems.ActionKind;
import org.homeward.situation.SituationItems.ActionStatus;
import org.homeward.situation.SituationItems.AidDelivery;
import org.homeward.situation.SituationItems.CampAccess;
import org.homeward.situation.SituationItems.CampPopulation;
import org.homeward.situation.SituationItems.CampSituation;
import org.homeward.situation.SituationItems.CoordinationAction;
import org.homeward.situation.SituationItems.LegalAct;
import org.homeward.situation.SituationItems.LegalActKind;
import org.homeward.situation.internal.SituationRepository;
import org.homeward.sources.Sources;
import org.homeward.web.DayRange;
import org.homeward.ledger.FreeText;
import org.homeward.web.InputError;
import org.homeward.web.InvalidInputException;
import org.homeward.web.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the situation around the returns, each change as a new entry with who, when and why, and reads it as
 * of a day for the briefing. Every request is checked whole; a refused one names each problem and writes nothing.
 */
@Service
public class Situation {

	/** What the columns hold: persons an integer, a quantity decimal(14, 2). */
	private static final BigDecimal MAX_PERSONS = BigDecimal.valueOf(Integer.MAX_VALUE);
	private static final BigDecimal MAX_QUANTITY = new BigDecimal("999999999999.99");

	private final SituationRepository store;
	private final Places places;
	private final Sources sources;
	private final AuditTrail auditTrail;
	private final HomeCountry homeCountry;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	Situation(SituationRepository store, Places places, Sources sources, AuditTrail auditTrail, HomeCountry homeCountry,
			Clock clock, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
		this.places = places;
		this.sources = sources;
		this.auditTrail = auditTrail;
		this.homeCountry = homeCountry;
		this.clock = clock;
	}

	/** The camps with their latest population estimate and access status on or before a day, by any source. */
	@Transactional(readOnly = true)
	public List<CampSituation> camps(LocalDate asOf) {
		return camps(asOf, null);
	}

	/** The camps as one source reported them on or before a day (every source when {@code source} is null). */
	@Transactional(readOnly = true)
	public List<CampSituation> camps(LocalDate asOf, String source) {
		return places.search(new Places.Filter(PlaceKind.CAMP, null, null, 0, Places.Filter.MAX_LIMIT)).places()
			.stream()
			.map(camp -> new CampSituation(camp.code(), store.latestPopulation(camp.code(), asOf, source).orElse(null),
					store.latestAccess(camp.code(), asOf, source).orElse(null)))
			.toList();
	}

	public List<CampPopulation> populationHistory(String camp) {
		return store.populations(camp(camp).code());
	}

	public List<CampAccess> accessHistory(String camp) {
		return store.accesses(camp(camp).code());
	}

	@Transactional
	public CampPopulation estimatePopulation(String campCode, String source, LocalDate estimatedOn, BigDecimal persons,
			String note) {
		Place camp = camp(campCode);
		Problems problems = new Problems();
		String sourceCode = problems.source(source);
		problems.notFuture("estimatedOn", estimatedOn);
		if (persons == null || persons.signum() < 0 || persons.stripTrailingZeros().scale() > 0
				|| persons.compareTo(MAX_PERSONS) > 0) {
			problems.add("persons", persons, "A population estimate is a whole number of persons, from 0 to "
					+ MAX_PERSONS + ".");
		}
		problems.lines("note", note, 1000);
		problems.throwIfAny();
		CampPopulation population = new CampPopulation(camp.code(), sourceCode, estimatedOn, persons.intValueExact(),
				note, clock.instant(), auditTrail.currentActor());
		store.insert(population);
		audit("camp.population.estimated", "camp", camp.code(), Map.of("persons", population.persons(), "estimatedOn",
				estimatedOn.toString(), "source", sourceCode), null);
		return population;
	}

	@Transactional
	public CampAccess recordAccess(String campCode, String source, LocalDate since, String status, String reason) {
		Place camp = camp(campCode);
		Problems problems = new Problems();
		String sourceCode = problems.source(source);
		problems.notFuture("since", since);
		Optional<Access> access = SituationItems.parse(Access.class, status);
		if (access.isEmpty()) {
			problems.add("status", status, "Access is granted, restricted or denied.");
		}
		if (access.isPresent() && access.get() != Access.GRANTED && (reason == null || reason.isBlank())) {
			problems.add("reason", reason, "Say why access is restricted or denied.");
		}
		problems.lines("reason", reason, 2000);
		problems.throwIfAny();
		CampAccess recorded = new CampAccess(camp.code(), sourceCode, since, access.get(), blankToNull(reason),
				clock.instant(), auditTrail.currentActor());
		store.insert(recorded);
		audit("camp.access.recorded", "camp", camp.code(), Map.of("status", access.get().name(), "since",
				since.toString(), "source", sourceCode), reason);
		return recorded;
	}

	/** The legal acts signed in the days {@code from}..{@code to}, in their current version. */
	@Transactional(readOnly = true)
	public List<LegalAct> legalActs(LocalDate from, LocalDate to) {
		return store.legalActs(from, to);
	}

	public List<LegalAct> legalActVersions(long id) {
		List<LegalAct> versions = store.legalActVersions(id);
		if (versions.isEmpty()) {
			throw ProblemException.notFound("Legal act", Long.toString(id));
		}
		return versions;
	}

	/** Registers a legal act ({@code id} null) or records a new version of one, with a reason. */
	@Transactional
	public LegalAct recordLegalAct(Long id, LegalActRequest request) {
		List<LegalAct> earlier = id == null ? List.of() : legalActVersions(id);
		Problems problems = new Problems();
		String sourceCode = problems.source(request.source());
		problems.requiredLine("title", request.title(), 300);
		problems.line("number", request.number(), 50);
		Optional<LegalActKind> kind = SituationItems.parse(LegalActKind.class, request.kind());
		if (kind.isEmpty()) {
			problems.add("kind", request.kind(), "The kind is amnesty, decree, law, resolution or other.");
		}
		problems.notFuture("signedOn", request.signedOn());
		problems.lines("summary", request.summary(), 4000);
		problems.link("link", request.link());
		if (id != null) {
			problems.requiredLines("reason", request.reason(), 1000);
		}
		problems.throwIfAny();
		LegalAct act = new LegalAct(id == null ? store.nextItemId() : id, earlier.size() + 1,
				blankToNull(request.number()), request.title().strip(), kind.get(), request.signedOn(),
				blankToNull(request.summary()), blankToNull(request.link()), sourceCode, clock.instant(),
				auditTrail.currentActor(), blankToNull(request.reason()));
		store.insert(act);
		audit(id == null ? "legal_act.registered" : "legal_act.corrected", "legal_act", Long.toString(act.id()),
				Map.of("title", act.title(), "version", act.version()), act.reason());
		return act;
	}

	/** Coordination actions in their current version. */
	@Transactional(readOnly = true)
	public List<CoordinationAction> actions() {
		return store.actions();
	}

	public List<CoordinationAction> actionVersions(long id) {
		List<CoordinationAction> versions = store.actionVersions(id);
		if (versions.isEmpty()) {
			throw ProblemException.notFound("Coordination action", Long.toString(id));
		}
		return versions;
	}

	/** Registers a coordination action ({@code id} null) or records its new state, with a reason. */
	@Transactional
	public CoordinationAction recordAction(Long id, ActionRequest request) {
		List<CoordinationAction> earlier = id == null ? List.of() : actionVersions(id);
		Problems problems = new Problems();
		String sourceCode = problems.source(request.source());
		problems.requiredLine("title", request.title(), 300);
		Optional<ActionKind> kind = SituationItems.parse(ActionKind.class, request.kind());
		if (kind.isEmpty()) {
			problems.add("kind", request.kind(), "The kind is working_group, conference, convoy, meeting or other.");
		}
		Optional<ActionStatus> status = SituationItems.parse(ActionStatus.class, request.status());
		if (status.isEmpty()) {
			problems.add("status", request.status(),
					"The status is planned, in_preparation, under_way, done or cancelled.");
		}
		problems.held("plannedOn", request.plannedOn());
		if (request.happenedOn() != null) {
			problems.notFuture("happenedOn", request.happenedOn());
		}
		if (status.isPresent() && status.get() == ActionStatus.DONE && request.happenedOn() == null) {
			problems.add("happenedOn", null, "A done action needs the day it happened.");
		}
		List<String> participants = request.participants() == null ? List.of()
				: request.participants().stream().filter(name -> name != null && !name.isBlank()).map(String::strip)
					.toList();
		if (participants.stream().anyMatch(name -> name.length() > 200 || !FreeText.isOneLine(name))) {
			problems.add("participants", participants, "A participant is one organisation's name, one line of at most "
					+ "200 characters with no control characters.");
		}
		problems.lines("summary", request.summary(), 4000);
		if (id != null) {
			problems.requiredLines("reason", request.reason(), 1000);
		}
		problems.throwIfAny();
		CoordinationAction action = new CoordinationAction(id == null ? store.nextItemId() : id, earlier.size() + 1,
				kind.get(), request.title().strip(), participants, status.get(), request.plannedOn(),
				request.happenedOn(), blankToNull(request.summary()), sourceCode, clock.instant(),
				auditTrail.currentActor(), blankToNull(request.reason()));
		store.insert(action);
		audit(id == null ? "coordination_action.registered" : "coordination_action.updated", "coordination_action",
				Long.toString(action.id()), Map.of("status", action.status().name(), "version", action.version()),
				action.reason());
		return action;
	}

	/** Aid delivered in the days {@code from}..{@code to}. */
	@Transactional(readOnly = true)
	public List<AidDelivery> aid(LocalDate from, LocalDate to) {
		return store.aid(from, to);
	}

	@Transactional
	public AidDelivery recordAid(AidRequest request) {
		Problems problems = new Problems();
		String sourceCode = problems.source(request.source());
		problems.notFuture("deliveredOn", request.deliveredOn());
		Optional<Place> place = request.place() == null ? Optional.empty() : places.find(request.place());
		if (place.isEmpty()) {
			problems.add("place", request.place(), "Name the place by its p-code, entry point or camp code.");
		}
		problems.requiredLine("what", request.what(), 300);
		BigDecimal quantity = request.quantity();
		if (quantity == null || quantity.signum() < 0 || quantity.stripTrailingZeros().scale() > 2
				|| quantity.compareTo(MAX_QUANTITY) > 0) {
			problems.add("quantity", quantity, "A quantity is a number from 0 to " + MAX_QUANTITY.toPlainString()
					+ ", with at most two decimals.");
		}
		problems.requiredLine("unit", request.unit(), 40);
		problems.requiredLine("deliveredBy", request.deliveredBy(), 200);
		problems.throwIfAny();
		AidDelivery aid = new AidDelivery(0, request.deliveredOn(), place.get().code(), request.what().strip(),
				request.quantity(), request.unit().strip(), request.deliveredBy().strip(), sourceCode, clock.instant(),
				auditTrail.currentActor());
		long id = store.insert(aid);
		audit("aid.delivered", "aid_delivery", Long.toString(id), Map.of("what", aid.what(), "place", aid.place()), null);
		return new AidDelivery(id, aid.deliveredOn(), aid.place(), aid.what(), aid.quantity(), aid.unit(),
				aid.deliveredBy(), aid.source(), aid.recordedAt(), aid.recordedBy());
	}

	private Place camp(String code) {
		Place camp = places.require(code);
		if (camp.kind() != PlaceKind.CAMP) {
			throw ProblemException.notFound("Camp", code);
		}
		return camp;
	}

	/** Every change is audited and announced, in the transaction that makes it. */
	private void audit(String action, String type, String id, Map<String, ?> details, String reason) {
		auditTrail.record(auditTrail.currentActor(), action, type, id, details, reason);
		events.publishEvent(new Changed(action));
	}

	/** Published inside the transaction of every change of the situation. */
	public record Changed(String action) {
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** What a person sends to register or correct a legal act. */
	public record LegalActRequest(String number, String title, String kind, LocalDate signedOn, String summary,
			String link, String source, String reason) {
	}

	/** What a person sends to register or update a coordination action. */
	public record ActionRequest(String kind, String title, List<String> participants, String status,
			LocalDate plannedOn, LocalDate happenedOn, String summary, String source, String reason) {
	}

	/** What a person sends to record an aid delivery. */
	public record AidRequest(LocalDate deliveredOn, String place, String what, BigDecimal quantity, String unit,
			String deliveredBy, String source) {
	}

	/** Collects every problem of a request, named by field. */
	private final class Problems {

		private final List<InputError> errors = new ArrayList<>();

		void add(String field, Object value, String message) {
			errors.add(InputError.field(field, value, message));
		}

		String source(String code) {
			if (code == null || code.isBlank()) {
				add("source", code, "Name the source that reports this.");
				return null;
			}
			return sources.find(code).map(org.homeward.sources.Source::code).orElseGet(() -> {
				add("source", code, "No source is registered with this code.");
				return null;
			});
		}

		void notFuture(String field, LocalDate day) {
			LocalDate today = homeCountry.today(clock);
			if (day == null) {
				add(field, null, "The day is required (YYYY-MM-DD).");
			}
			else if (day.isAfter(today)) {
				add(field, day, "The day is after today (" + today + ").");
			}
			else {
				held(field, day);
			}
		}

		/** A day, planned or past, that the ledgers can hold. */
		void held(String field, LocalDate day) {
			if (day != null && !DayRange.holds(day)) {
				add(field, day, "The day must be from " + DayRange.FIRST_DAY + " to " + DayRange.LAST_DAY + ".");
			}
		}

		/** A name or a title: one line, required. */
		void requiredLine(String field, String text, int maxLength) {
			if (required(field, text)) {
				line(field, text, maxLength);
			}
		}

		/** A reason: lines, required. */
		void requiredLines(String field, String text, int maxLength) {
			if (required(field, text)) {
				lines(field, text, maxLength);
			}
		}

		void line(String field, String text, int maxLength) {
			if (maxLength(field, text, maxLength) && !FreeText.isOneLine(text)) {
				add(field, text, FreeText.ONE_LINE);
			}
		}

		void lines(String field, String text, int maxLength) {
			if (maxLength(field, text, maxLength) && !FreeText.isLines(text)) {
				add(field, text, FreeText.LINES);
			}
		}

		private boolean required(String field, String text) {
			if (text == null || text.isBlank()) {
				add(field, text, "This field is required.");
				return false;
			}
			return true;
		}

		/** Whether the text fits (or is absent); a text too long is named once, for its length. */
		private boolean maxLength(String field, String text, int maxLength) {
			if (text != null && text.length() > maxLength) {
				add(field, text, "At most " + maxLength + " characters.");
				return false;
			}
			return true;
		}

		void link(String field, String link) {
			if (link == null || link.isBlank()) {
				return;
			}
			try {
				URI uri = URI.create(link.strip());
				if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
					add(field, link, "A link is an http or https address.");
				}
			}
			catch (IllegalArgumentException e) {
				add(field, link, "A link is an http or https address.");
			}
			line(field, link, 1000);
		}

		void throwIfAny() {
			if (!errors.isEmpty()) {
				throw InvalidInputException.of(errors);
			}
		}
	}
}
