package org.homeward.returns;

import org.homeward.web.ImportSummary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.homeward.access.AuditTrail;
import org.homeward.returns.internal.LedgerWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
	private final Clock clock;

	ReturnsLedger(LedgerWriter writer, AuditTrail auditTrail, Clock clock) {
		this.writer = writer;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	/** Applies a batch, or throws {@link org.homeward.web.InvalidInputException} listing its problems. */
	@Transactional
	public ImportSummary record(ReturnBatch batch) {
		Instant at = clock.instant();
		String actor = auditTrail.currentActor();
		ImportSummary summary = writer.write(batch, at, actor);
		auditTrail.record(actor, "returns.imported", "return_import", Long.toString(summary.importId()),
				Map.of("file", String.valueOf(batch.fileName()), "rows", summary.rows(), "created", summary.created(),
						"superseded", summary.superseded(), "unchanged", summary.unchanged(), "voided",
						summary.voided()),
				batch.reason());
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
		writer.forEachRecord(source, knownAt, action);
	}

	/** Every version of a record, oldest first; empty when the source never sent it. */
	public List<ReturnVersion> versions(String source, String recordId) {
		return writer.versions(source, recordId);
	}

	/** Whether the ledger holds any record at all, of any source. */
	public boolean hasRecords() {
		return writer.hasRecords();
	}

	/** The answer given to the first request made with this idempotency key, if there was one. */
	public Optional<ImportSummary> previousAnswer(String idempotencyKey) {
		return writer.previousAnswer(idempotencyKey);
	}
}
