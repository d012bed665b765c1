package org.homeward.returns;

import org.homeward.ledger.ImportSummary;
import org.homeward.ledger.PreviousImport;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.homeward.access.AuditTrail;
import org.homeward.access.Scope;
import org.homeward.access.Scopes;
import org.homeward.web.ProblemException;
import org.homeward.geography.Places;
import org.homeward.ledger.LedgerStore;
import org.homeward.ledger.LoggedImport;
import org.homeward.ledger.RecordKey;
import org.homeward.ledger.LedgerWrites;
import org.homeward.returns.internal.ReturnLedgerRules;
import org.homeward.returns.internal.ReturnRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records return counts: whole files and single records, each batch validated whole and applied in one
 * transaction, or refused with every problem named and nothing written.
 */
@Service
public class ReturnsLedger {

	private final LedgerWrites writes;
	private final ReturnLedgerRules rules;
	private final ReturnRecords records;
	private final Places places;
	private final LedgerStore store;
	private final AuditTrail auditTrail;
	private final Scopes scopes;

	ReturnsLedger(LedgerWrites writes, ReturnLedgerRules rules, ReturnRecords records, Places places,
			LedgerStore store, AuditTrail auditTrail, Scopes scopes) {
		this.writes = writes;
		this.rules = rules;
		this.records = records;
		this.places = places;
		this.store = store;
		this.auditTrail = auditTrail;
		this.scopes = scopes;
	}

	/** Applies a batch, or throws {@link org.homeward.web.InvalidInputException} listing its problems. */
	@Transactional
	public ImportSummary record(ReturnBatch batch) {
		return rules.record(batch, scopes.current());
	}

	/**
	 * Passes each record that counts for a source to {@code action}, in recording order: its current version, or the
	 * version current at {@code knownAt} when given. Voided records are left out. Streams; call inside a transaction.
	 */
	@Transactional(readOnly = true)
	public void forEachRecord(String source, Instant knownAt, Consumer<ReturnVersion> action) {
		checkWholeSource(source);
		records.forEachRecord(source, knownAt, action);
	}

	/**
	 * Passes a source's current records of the days {@code from}..{@code to} to {@code action}, by day, as far as the
	 * current user may read them: none of another source to a partner, only those of their area to a data officer.
	 * Streams; call inside a transaction.
	 */
	@Transactional(readOnly = true)
	public void forEachRecordOfDays(String source, java.time.LocalDate from, java.time.LocalDate to,
			Consumer<RecordedReturn> action) {
		Scope scope = scopes.current();
		if (!scope.allowsSource(source)) {
			return;
		}
		records.forEachRecordOfDays(source, from, to, scope.limitsPlaces()
				? recorded -> {
					if (covers(scope, recorded.current().content())) {
						action.accept(recorded);
					}
				}
				: action);
	}

	/** Refuses (403) every record of a source to a user kept to another source or to an area. */
	public void checkWholeSource(String source) {
		if (!scopes.current().readsWholeSource(source)) {
			throw ProblemException.outsideScope("The records of " + source
					+ " reach beyond your source or your area; you may not read them whole.");
		}
	}

	/** Published inside the transaction of a batch that changed what the ledger holds. */
	public record RecordsChanged(long importId) {
	}

	/** One page of current versions, and how many records match in all. */
	public record RecordPage(List<ReturnVersion> records, long total) {
	}

	/**
	 * A page of the records matching a filter, as far as the current user may read them: a data officer only those
	 * of their area, a partner only its own source. A filter of no source lists every source's (one import's records).
	 */
	@Transactional(readOnly = true)
	public RecordPage find(RecordFilter filter, RecordOrder order, int offset, int limit) {
		return readable(filter)
			.map(scoped -> new RecordPage(records.find(scoped, order, Math.max(0, offset), limit), records.count(scoped)))
			.orElse(new RecordPage(List.of(), 0));
	}

	/**
	 * Passes every record matching a filter to {@code action} in the order given, exactly as {@link #find} pages
	 * them for the current user. Streams; call inside a transaction.
	 */
	@Transactional(readOnly = true)
	public void forEachFound(RecordFilter filter, RecordOrder order, Consumer<ReturnVersion> action) {
		readable(filter).ifPresent(scoped -> records.forEachFound(scoped, order, action));
	}

	/** The filter kept to what the current user may read; empty when their source is another. */
	private Optional<RecordFilter> readable(RecordFilter filter) {
		Scope scope = scopes.current();
		// the records of one import across sources: a user kept to a source still reads that source's only
		String source = filter.source() == null ? scope.sourceCode() : filter.source();
		if (source != null && !scope.allowsSource(source)) {
			return Optional.empty();
		}
		RecordFilter scoped = new RecordFilter(source, filter.from(), filter.to(), filter.category(), filter.place(),
				filter.recordId(), filter.area(), filter.includeVoided(), filter.importId());
		return Optional.of(scope.limitsPlaces() ? scoped.within(scope.placeCodes()) : scoped);
	}

	/**
	 * Every version of a record the current user may read, oldest first, the read written to the audit trail (a
	 * record is the finest data Homeward keeps); empty when the source never sent it.
	 */
	@Transactional
	public List<ReturnVersion> readVersions(RecordKey record) {
		List<ReturnVersion> versions = withinReach(record, "read");
		if (versions.isEmpty()) {
			return versions;
		}
		auditTrail.record(auditTrail.currentActor(), "returns.record-read", "return_record", record.toString(),
				Map.of("versions", versions.size()), null);
		return versions;
	}

	/**
	 * Every version of a record the current user may change, oldest first; a 403 when it lies outside their area or
	 * source, and for a user kept to an area or a source when it is not known there, alike.
	 */
	public List<ReturnVersion> versionsWithinReach(RecordKey record) {
		return withinReach(record, "change");
	}

	/** Whether the record is known and the current user may read and change it. */
	public boolean knownWithinReach(RecordKey record) {
		Scope scope = scopes.current();
		List<ReturnVersion> versions = known(scope, record);
		return !versions.isEmpty() && reaches(scope, versions);
	}

	/**
	 * The versions of a record, or a 403 when the current user's source or area leaves it out, as its current
	 * version says. A user kept to a source or an area is refused alike for a record that does not exist there, so
	 * that no answer tells them which ids are taken outside their reach.
	 */
	private List<ReturnVersion> withinReach(RecordKey record, String verb) {
		Scope scope = scopes.current();
		List<ReturnVersion> versions = known(scope, record);
		if (!scope.allowsSource(record.source()) || !reaches(scope, versions)) {
			throw ProblemException.outsideScope("Record " + record
					+ " lies outside your area or your source; you may not " + verb + " it.");
		}
		return versions;
	}

	/** The versions of a record of a source the user may write as; none of another source's. */
	private List<ReturnVersion> known(Scope scope, RecordKey record) {
		return scope.allowsSource(record.source()) ? records.versions(record) : List.of();
	}

	/** Whether the user's area reaches a record, as its current version says: an area reaches no unknown record. */
	private boolean reaches(Scope scope, List<ReturnVersion> versions) {
		return !scope.limitsPlaces()
				|| !versions.isEmpty() && covers(scope, versions.get(versions.size() - 1).content());
	}

	/** Whether a record's content lies in a scope's area. */
	private boolean covers(Scope scope, ReturnCount content) {
		return scope.covers(places, content.destination().finest(), content.entryPoint());
	}

	/** Every version of a record, oldest first; empty when the source never sent it. */
	public List<ReturnVersion> versions(RecordKey record) {
		return records.versions(record);
	}

	/**
	 * The latest applied imports the current user may see, newest first: every import for a coordinator and an
	 * administrator; for a user kept to an area or a source, their own and those that wrote only records inside
	 * their reach.
	 */
	@Transactional(readOnly = true)
	public List<LoggedImport> latestImports(int limit) {
		Scope scope = scopes.current();
		return store.latestImports(ReturnLedgerRules.TABLES, limit, auditTrail.currentActor(),
				scope.isEverything() ? null : ids -> {
					Map<Long, List<String[]>> written = records.placesOfImports(ids);
					return written.entrySet().stream()
						.filter(entry -> entry.getValue().stream().allMatch(
								at -> scope.allowsSource(at[0]) && scope.covers(places, at[1], at[2])))
						.map(Map.Entry::getKey).collect(java.util.stream.Collectors.toSet());
				});
	}

	/** Whether the ledger holds any record at all, of any source. */
	public boolean hasRecords() {
		return store.holdsAny(ReturnLedgerRules.TABLES);
	}

	/** The import the current account made with this idempotency key, if it made one. */
	public Optional<PreviousImport> previousAnswer(String idempotencyKey) {
		return writes.previousImport(ReturnLedgerRules.TABLES, idempotencyKey);
	}
}
