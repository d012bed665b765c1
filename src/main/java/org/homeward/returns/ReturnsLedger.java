package org.homeward.returns;

import org.homeward.ledger.ImportSummary;
import org.homeward.ledger.PreviousImport;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.homeward.access.AuditTrail;
import org.homeward.access.Scope;
import org.homeward.access.Scopes;
import org.homeward.web.ProblemException;
import org.homeward.returns.internal.LedgerWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records return counts: whole files and single records, each batch validated whole and applied in one
 * transaction, or refused with every problem named and nothing written.
 */
@Service
public class ReturnsLedger {

	private static final Logger log = LoggerFactory.getLogger(ReturnsLedger.class);

	private final LedgerWriter writer;
	private final AuditTrail auditTrail;
	private final Scopes scopes;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	ReturnsLedger(LedgerWriter writer, AuditTrail auditTrail, Scopes scopes, Clock clock,
			ApplicationEventPublisher events) {
		this.writer = writer;
		this.events = events;
		this.scopes = scopes;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	/** Applies a batch, or throws {@link org.homeward.web.InvalidInputException} listing its problems. */
	@Transactional
	public ImportSummary record(ReturnBatch batch) {
		Instant at = clock.instant();
		String actor = auditTrail.currentActor();
		ImportSummary summary = writer.write(batch, at, actor, scopes.current());
		auditTrail.record(actor, "returns.imported", "return_import", Long.toString(summary.importId()),
				Map.of("file", String.valueOf(batch.fileName()), "rows", summary.rows(), "created", summary.created(),
						"superseded", summary.superseded(), "unchanged", summary.unchanged(), "voided",
						summary.voided()),
				batch.reason());
		if (summary.changedTheLedger()) {
			events.publishEvent(new RecordsChanged(summary.importId()));
		}
		log.info("returns batch applied importId={} file={} rows={} created={} superseded={} unchanged={} voided={}",
				summary.importId(), batch.fileName(), summary.rows(), summary.created(), summary.superseded(),
				summary.unchanged(), summary.voided());
		return summary;
	}

	/**
	 * Passes each record that counts for a source to {@code action}, in recording order: its current version, or the
	 * version current at {@code knownAt} when given. Voided records are left out. Streams; call inside a transaction.
	 */
	@Transactional(readOnly = true)
	public void forEachRecord(String source, Instant knownAt, Consumer<ReturnVersion> action) {
		checkWholeSource(source);
		writer.forEachRecord(source, knownAt, action);
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

	/** One page of current versions, and whether more follow. */
	public record RecordPage(List<ReturnVersion> records, boolean more) {
	}

	/**
	 * The records matching a filter, as far as the current user may read them: a data officer only those of
	 * their area, a partner only its own source.
	 */
	@Transactional(readOnly = true)
	public RecordPage find(RecordFilter filter, int offset, int limit) {
		Scope scope = scopes.current();
		if (!scope.allowsSource(filter.source())) {
			return new RecordPage(List.of(), false);
		}
		RecordFilter scoped = scope.limitsPlaces() ? new RecordFilter(filter.source(), filter.from(), filter.to(),
				filter.category(), filter.place(), filter.recordId(), scope.placeCodes(), filter.includeVoided())
				: filter;
		List<ReturnVersion> found = writer.find(scoped, Math.max(0, offset), limit);
		boolean more = found.size() > limit;
		return new RecordPage(more ? found.subList(0, limit) : found, more);
	}

	/**
	 * Every version of a record the current user may read, oldest first, the read written to the audit trail (a
	 * record is the finest data Homeward keeps); empty when the source never sent it.
	 */
	@Transactional
	public List<ReturnVersion> readVersions(String source, String recordId) {
		List<ReturnVersion> versions = withinReach(source, recordId, "read");
		if (versions.isEmpty()) {
			return versions;
		}
		auditTrail.record(auditTrail.currentActor(), "returns.record-read", "return_record", source + "/" + recordId,
				Map.of("versions", versions.size()), null);
		return versions;
	}

	/**
	 * Every version of a record the current user may change, oldest first; a 403 when it lies outside their area or
	 * source, and for a user kept to an area or a source when it is not known there, alike.
	 */
	public List<ReturnVersion> versionsWithinReach(String source, String recordId) {
		return withinReach(source, recordId, "change");
	}

	/** Whether the record is known and the current user may read and change it. */
	public boolean knownWithinReach(String source, String recordId) {
		Scope scope = scopes.current();
		List<ReturnVersion> versions = known(scope, source, recordId);
		return !versions.isEmpty() && reaches(scope, versions);
	}

	/**
	 * The versions of a record, or a 403 when the current user's source or area leaves it out, as its current
	 * version says. A user kept to a source or an area is refused alike for a record that does not exist there, so
	 * that no answer tells them which ids are taken outside their reach.
	 */
	private List<ReturnVersion> withinReach(String source, String recordId, String verb) {
		Scope scope = scopes.current();
		List<ReturnVersion> versions = known(scope, source, recordId);
		if (!scope.allowsSource(source) || !reaches(scope, versions)) {
			throw ProblemException.outsideScope("Record " + source + "/" + recordId
					+ " lies outside your area or your source; you may not " + verb + " it.");
		}
		return versions;
	}

	/** The versions of a record of a source the user may write as; none of another source's. */
	private List<ReturnVersion> known(Scope scope, String source, String recordId) {
		return scope.allowsSource(source) ? writer.versions(source, recordId) : List.of();
	}

	/** Whether the user's area reaches a record, as its current version says: an area reaches no unknown record. */
	private boolean reaches(Scope scope, List<ReturnVersion> versions) {
		return !scope.limitsPlaces()
				|| !versions.isEmpty() && writer.covers(scope, versions.get(versions.size() - 1).content());
	}

	/** Every version of a record, oldest first; empty when the source never sent it. */
	public List<ReturnVersion> versions(String source, String recordId) {
		return writer.versions(source, recordId);
	}

	/** Whether the ledger holds any record at all, of any source. */
	public boolean hasRecords() {
		return writer.hasRecords();
	}

	/** The import the current account made with this idempotency key, if it made one. */
	public Optional<PreviousImport> previousAnswer(String idempotencyKey) {
		return writer.previousAnswer(auditTrail.currentActor(), idempotencyKey);
	}
}
