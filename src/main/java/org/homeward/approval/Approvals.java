package org.homeward.approval;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homeward.access.AuditTrail;
import org.homeward.access.Scope;
import org.homeward.access.Scopes;
import org.homeward.approval.internal.ApprovalRepository;
import org.homeward.geography.HomeCountry;
import org.homeward.geography.Place;
import org.homeward.geography.PlaceKind;
import org.homeward.geography.Places;
import org.homeward.ledger.Reasons;
import org.homeward.sources.Sources;
import org.homeward.web.DayRange;
import org.homeward.web.InputError;
import org.homeward.web.InvalidInputException;
import org.homeward.web.ProblemException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approval of periods: a coordinator approves a ledger's records of one source, area and period, which locks
 * them; a data officer submits a period of their area for approval; a withdrawal, with its reason, unlocks them.
 * Every step is a new version of the approval and is audited.
 */
@Service
public class Approvals {

	/** The ledgers whose periods are approved, by the names their writes carry. */
	public static final List<String> LEDGERS = List.of("returns", "facilities");
	/** The longest period one approval covers: a year. */
	public static final int MAX_DAYS = 366;

	private final ApprovalRepository repository;
	private final Places places;
	private final Sources sources;
	private final Scopes scopes;
	private final AuditTrail auditTrail;
	private final HomeCountry homeCountry;
	private final Clock clock;

	Approvals(ApprovalRepository repository, Places places, Sources sources, Scopes scopes, AuditTrail auditTrail,
			HomeCountry homeCountry, Clock clock) {
		this.repository = repository;
		this.places = places;
		this.sources = sources;
		this.scopes = scopes;
		this.auditTrail = auditTrail;
		this.homeCountry = homeCountry;
		this.clock = clock;
	}

	/** What is asked to be approved, as received: every field text, so each problem is named by its field. */
	public record Request(String ledger, String source, String area, String from, String to) {
	}

	/**
	 * Approves a period as a coordinator or an administrator (the submission of the same period, if a data officer
	 * sent one, becomes approved), or submits it as a data officer, for a governorate or a finer unit of their area.
	 */
	@Transactional
	public Approval request(Request request) {
		Period period = validated(request);
		boolean approves = approves();
		Scope scope = scopes.current();
		if (!approves && !scope.covers(period.area(), null)) {
			throw ProblemException.outsideScope("Area " + period.area().code() + " lies outside your area: you "
					+ "submit periods of your own area only.");
		}
		if (!approves && period.area().kind() == PlaceKind.COUNTRY) {
			throw ProblemException.outsideScope("A period of the whole country is approved by a coordinator.");
		}
		List<Approval> same = repository.overlapping(period.ledger(), period.source(), period.from(), period.to())
			.stream().filter(approval -> approval.area().equals(period.area().code())).toList();
		for (Approval approval : same) {
			if (approval.inForce()) {
				throw ProblemException.conflict("already-approved", "Approval " + approval.id() + " already approves "
						+ "the " + approval.ledger() + " of " + approval.source() + " in " + approval.area() + " from "
						+ approval.from() + " to " + approval.to() + "; withdraw it first to approve another period "
						+ "over its days.");
			}
		}
		Optional<Approval> submitted = same.stream().filter(approval -> approval.state() == Approval.State.SUBMITTED
				&& approval.from().equals(period.from()) && approval.to().equals(period.to())).findFirst();
		Instant at = clock.instant();
		String actor = auditTrail.currentActor();
		Approval.State state = approves ? Approval.State.APPROVED : Approval.State.SUBMITTED;
		long id;
		if (submitted.isPresent() && !approves) {
			throw ProblemException.conflict("already-submitted", "Approval " + submitted.get().id() + " already "
					+ "submits this period; a coordinator approves it.");
		}
		if (submitted.isPresent()) {
			id = submitted.get().id();
			repository.appendVersion(id, submitted.get().latest().version() + 1, state, at, actor, null);
		}
		else {
			id = repository.insert(period.ledger(), period.source(), period.area().code(), period.from(), period.to(),
					state, at, actor);
		}
		Approval recorded = require(id);
		audit(actor, recorded, null);
		return recorded;
	}

	/** Withdraws an approval or a submission; the reason is required and kept with the new version. */
	@Transactional
	public Approval withdraw(long id, String reason) {
		if (reason == null || reason.isBlank()) {
			throw ProblemException.invalid("reason", reason == null ? "" : reason,
					"a withdrawal needs a reason, kept with the approval and in the audit trail.");
		}
		Reasons.check(reason);
		Approval approval = require(id);
		if (approval.state() == Approval.State.WITHDRAWN) {
			throw ProblemException.conflict("already-withdrawn", "Approval " + id + " was withdrawn by "
					+ approval.latest().by() + " at " + approval.latest().at() + ".");
		}
		String actor = auditTrail.currentActor();
		repository.appendVersion(id, approval.latest().version() + 1, Approval.State.WITHDRAWN, clock.instant(), actor,
				reason.strip());
		Approval withdrawn = require(id);
		audit(actor, withdrawn, reason.strip());
		return withdrawn;
	}

	public Approval require(long id) {
		return repository.find(id).orElseThrow(() -> ProblemException.notFound("Approval", Long.toString(id)));
	}

	/**
	 * The approvals of a ledger and a source (each null for all) whose period overlaps the days from {@code from}
	 * to {@code to} (null for no bound), as they stood at {@code knownAt} (null: now).
	 */
	@Transactional(readOnly = true)
	public List<Approval> list(String ledger, String source, LocalDate from, LocalDate to, Instant knownAt) {
		return repository.overlapping(ledger, source, from, to).stream()
			.flatMap(approval -> approval.asKnownAt(knownAt).stream()).toList();
	}

	/** The approvals that lock a ledger's records now. */
	public List<Approval> inForce(String ledger) {
		return repository.inForce(ledger);
	}

	public boolean anyInForce(String ledger) {
		return repository.anyInForce(ledger);
	}

	/**
	 * Whether a source's figures of the days from {@code from} to {@code to} were approved as known at
	 * {@code knownAt} (null: now): in both ledgers, every day approved for the whole country, or for each of its
	 * governorates, is {@code approved}; anything less but some, {@code partly}.
	 */
	@Transactional(readOnly = true)
	public ApprovalState stateOf(String source, LocalDate from, LocalDate to, Instant knownAt) {
		List<Approval> approved = list(null, source, from, to, knownAt).stream().filter(Approval::inForce).toList();
		if (approved.isEmpty()) {
			return new ApprovalState(ApprovalState.PROVISIONAL, List.of());
		}
		List<ApprovalState.Published> published = approved.stream().map(ApprovalState.Published::of).toList();
		List<String> governorates = places.search(new Places.Filter(PlaceKind.GOVERNORATE, null, null, 0,
				Places.Filter.MAX_LIMIT)).places().stream().map(Place::code).toList();
		for (String ledger : LEDGERS) {
			for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
				LocalDate today = day;
				List<Approval> ofDay = approved.stream()
					.filter(approval -> approval.ledger().equals(ledger) && approval.covers(today)).toList();
				boolean country = ofDay.stream().anyMatch(approval -> isCountry(approval.area()));
				if (!country && !ofDay.stream().map(Approval::area).toList().containsAll(governorates)) {
					return new ApprovalState(ApprovalState.PARTLY, published);
				}
			}
		}
		return new ApprovalState(ApprovalState.APPROVED, published);
	}

	/** Moves with every change of any approval: what a briefing kept for reuse is keyed by. */
	public long changes() {
		return repository.versions();
	}

	private boolean isCountry(String area) {
		return places.find(area).map(place -> place.kind() == PlaceKind.COUNTRY).orElse(false);
	}

	/** A request found sound: its ledger, source, area and days. */
	private record Period(String ledger, String source, Place area, LocalDate from, LocalDate to) {
	}

	private Period validated(Request request) {
		List<InputError> errors = new ArrayList<>();
		String ledger = request.ledger() == null ? null : request.ledger().strip();
		if (ledger == null || !LEDGERS.contains(ledger)) {
			errors.add(InputError.field("ledger", request.ledger(), "The ledger is returns or facilities."));
		}
		String source = null;
		if (request.source() == null || request.source().isBlank()) {
			errors.add(InputError.field("source", request.source(), "The source is required."));
		}
		else {
			source = sources.find(request.source().strip()).map(found -> found.code()).orElse(null);
			if (source == null) {
				errors.add(InputError.field("source", request.source(), "No source has this code."));
			}
		}
		Place area = null;
		if (request.area() == null || request.area().isBlank()) {
			errors.add(InputError.field("area", request.area(), "The area is required: a p-code, or "
					+ countryCode() + " for the whole country."));
		}
		else {
			area = places.find(request.area()).filter(place -> place.kind().isAdminUnit()).orElse(null);
			if (area == null) {
				errors.add(InputError.field("area", request.area(), "No admin unit has this p-code; the whole "
						+ "country is " + countryCode() + "."));
			}
		}
		LocalDate from = day("from", request.from(), errors);
		LocalDate to = day("to", request.to(), errors);
		if (from != null && to != null) {
			LocalDate today = homeCountry.today(clock);
			if (to.isBefore(from)) {
				errors.add(InputError.field("to", request.to(), "The period ends on or after its first day, "
						+ from + "."));
			}
			else if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
				errors.add(InputError.field("to", request.to(), "One approval covers at most " + MAX_DAYS + " days."));
			}
			else if (to.isAfter(today)) {
				errors.add(InputError.field("to", request.to(), "A period is approved once it is over: " + to
						+ " is after today (" + today + ")."));
			}
		}
		if (!errors.isEmpty()) {
			throw InvalidInputException.of(errors);
		}
		return new Period(ledger, source, area, from, to);
	}

	private String countryCode() {
		return places.search(new Places.Filter(PlaceKind.COUNTRY, null, null, 0, 1)).places().stream()
			.map(Place::code).findFirst().orElse("SY");
	}

	private static LocalDate day(String field, String text, List<InputError> errors) {
		if (text == null || text.isBlank()) {
			errors.add(InputError.field(field, text, "The day is required (YYYY-MM-DD)."));
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(text.strip());
			if (!DayRange.holds(day)) {
				errors.add(InputError.field(field, text, "The day " + DayRange.dayMessage()));
				return null;
			}
			return day;
		}
		catch (DateTimeParseException e) {
			errors.add(InputError.field(field, text, "Not a day: write it as YYYY-MM-DD."));
			return null;
		}
	}

	/** Coordinators and administrators approve, and the system itself (the demo); everyone else submits. */
	private static boolean approves() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication.getAuthorities().stream()
			.anyMatch(role -> role.getAuthority().equals("ROLE_ADMIN") || role.getAuthority().equals("ROLE_COORDINATOR"));
	}

	private void audit(String actor, Approval approval, String reason) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("ledger", approval.ledger());
		details.put("source", approval.source());
		details.put("area", approval.area());
		details.put("from", approval.from().toString());
		details.put("to", approval.to().toString());
		details.put("version", approval.latest().version());
		auditTrail.record(actor, "approval." + approval.state().apiName(), "approval", Long.toString(approval.id()),
				details, reason);
	}
}
