package org.homeward.reconstruction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homeward.access.Scope;
import org.homeward.access.Scopes;
import org.homeward.reconstruction.internal.FacilityReads;
import org.homeward.reconstruction.internal.FacilityLedgerRules;
import org.homeward.ledger.ImportSummary;
import org.homeward.ledger.LedgerWrites;
import org.homeward.ledger.RecordKey;
import org.homeward.ledger.PreviousImport;
import org.homeward.ledger.LoggedImport;
import org.homeward.access.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records facility status events (validated whole, applied in one transaction or refused with every problem)
 * and answers the reconstruction figures: what was put into operation in a period, what works are under way.
 */
@Service
public class Facilities {

	private final LedgerWrites writes;
	private final FacilityLedgerRules rules;
	private final FacilityReads reads;
	private final Scopes scopes;
	private final AuditTrail auditTrail;

	Facilities(LedgerWrites writes, FacilityLedgerRules rules, FacilityReads reads, Scopes scopes,
			AuditTrail auditTrail) {
		this.writes = writes;
		this.rules = rules;
		this.reads = reads;
		this.scopes = scopes;
		this.auditTrail = auditTrail;
	}

	@Transactional
	public ImportSummary record(FacilityBatch batch) {
		return rules.record(batch, scopes.current());
	}

	/** Published inside the transaction of a batch that changed what the facility ledger holds. */
	public record EventsChanged(long importId) {
	}

	/** Whether any facility status event was ever recorded, by any source. */
	public boolean hasEvents() {
		return reads.hasEvents();
	}

	/** The import the current account made with this idempotency key, if it made one. */
	public Optional<PreviousImport> previousAnswer(String idempotencyKey) {
		return writes.previousImport(FacilityLedgerRules.TABLES, idempotencyKey);
	}

	/**
	 * The latest applied imports the current user may see, newest first: every import for a coordinator and an
	 * administrator; for a user kept to an area or a source, their own and those that wrote only events inside
	 * their reach.
	 */
	@Transactional(readOnly = true)
	public List<LoggedImport> latestImports(int limit) {
		return reads.latestImports(scopes.current(), auditTrail.currentActor(), limit);
	}

	/** The registered facility types, in the order briefings list them. */
	public List<FacilityType> types() {
		return reads.types();
	}

	/** Facilities put into operation in the days {@code from}..{@code to}, by type code; null knownAt: now. */
	@Transactional(readOnly = true)
	public Map<String, Long> putIntoOperation(String source, LocalDate from, LocalDate to, Instant knownAt) {
		return reads.putIntoOperationByType(source, from, to, knownAt);
	}

	/** Facilities with works under way as of a day, by type and by governorate, and the settlements they stand in. */
	@Transactional(readOnly = true)
	public WorksUnderWay worksUnderWay(String source, LocalDate asOf, Instant knownAt) {
		return reads.worksUnderWay(source, asOf, knownAt);
	}

	/** Facilities put into operation in the period, by governorate p-code. */
	@Transactional(readOnly = true)
	public Map<String, Long> putIntoOperationByGovernorate(String source, LocalDate from, LocalDate to, Instant knownAt) {
		return reads.putIntoOperationByGovernorate(source, from, to, knownAt);
	}

	/**
	 * A facility with its status history, or a 404 problem; a data officer reads only those of their area, a partner
	 * only those of its source, and either is refused alike for a facility that does not exist, so that the answer
	 * never tells what stands elsewhere.
	 */
	@Transactional(readOnly = true)
	public FacilityHistory history(RecordKey facility) {
		String source = facility.source();
		String code = facility.id();
		Scope scope = scopes.current();
		if (!scope.allowsSource(source)) {
			throw org.homeward.web.ProblemException.outsideScope("Facility " + source + "/" + code
					+ " is of another source; your account reads those of " + scope.sourceCode() + " only.");
		}
		Optional<FacilityHistory> history = reads.history(facility);
		if (scope.limitsPlaces() && history.filter(found -> reads.covers(scope, found.settlement())).isEmpty()) {
			throw org.homeward.web.ProblemException.outsideScope("Facility " + source + "/" + code
					+ " stands outside your area.");
		}
		return history.orElseThrow(() -> org.homeward.web.ProblemException.notFound("Facility", source + "/" + code));
	}

	/** One page of facilities with their latest status, and whether more follow. */
	public record Page(List<FacilityListing> facilities, boolean more) {
	}

	/**
	 * Facilities of a source with their latest status, filtered by type, latest status and governorate; a data
	 * officer sees those of their area only, a partner those of its source.
	 */
	@Transactional(readOnly = true)
	public Page list(String source, String type, FacilityStatus status, String adm1, int offset, int limit) {
		Scope scope = scopes.current();
		if (!scope.allowsSource(source)) {
			return new Page(List.of(), false);
		}
		String statusName = status == null ? null : status.name();
		if (!scope.limitsPlaces()) {
			List<FacilityListing> found = reads.list(source, type, statusName, adm1, offset, limit);
			return found.size() > limit ? new Page(found.subList(0, limit), true) : new Page(found, false);
		}
		// an area is a few admin units: filter the source's facilities by place, then page
		List<FacilityListing> inArea = reads.list(source, type, statusName, adm1, 0, Integer.MAX_VALUE - 1).stream()
			.filter(facility -> reads.covers(scope, facility.settlement())).toList();
		int from = Math.min(offset, inArea.size());
		int to = Math.min(from + limit, inArea.size());
		return new Page(inArea.subList(from, to), to < inArea.size());
	}

	/**
	 * Passes each status event that counts for a source to {@code action} as the cells of an exchange row: event id,
	 * source, facility code, name, type, governorate, settlement, status, day. Streams; in recording order.
	 */
	@Transactional(readOnly = true)
	public void forEachEvent(String source, java.util.function.Consumer<String[]> action) {
		checkWholeSource(source);
		reads.forEachEvent(source, action);
	}

	/**
	 * {@link #forEachEvent} as far as the current user may read: none of another source to a partner, only the
	 * facilities of their area to a data officer.
	 */
	@Transactional(readOnly = true)
	public void forEachEventWithinReach(String source, java.util.function.Consumer<String[]> action) {
		Scope scope = scopes.current();
		if (!scope.allowsSource(source)) {
			return;
		}
		reads.forEachEvent(source, scope.limitsPlaces()
				? event -> {
					if (reads.covers(scope, event[6])) {
						action.accept(event);
					}
				}
				: action);
	}

	/** Refuses (403) every event of a source to a user kept to another source or to an area. */
	public void checkWholeSource(String source) {
		if (!scopes.current().readsWholeSource(source)) {
			throw org.homeward.web.ProblemException.outsideScope("The events of " + source
					+ " reach beyond your source or your area; you may not read them whole.");
		}
	}
}
