package org.homeward.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.homeward.access.AuditTrail;
import org.homeward.web.InputError;
import org.homeward.web.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes a batch into a ledger: rows stream through validation into the staging table, the staged batch is checked
 * as a whole, then applied with a few set-based statements; the import is audited, announced and logged. It runs
 * in the caller's transaction, which makes it all-or-nothing: a refused batch leaves no trace but its answer.
 */
@Component
public class LedgerWrites {

	private static final Logger log = LoggerFactory.getLogger(LedgerWrites.class);

	private final LedgerStore store;
	private final AuditTrail auditTrail;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final MeterRegistry meters;
	private final ObjectProvider<PeriodLocks> locks;

	LedgerWrites(LedgerStore store, AuditTrail auditTrail, ApplicationEventPublisher events, Clock clock,
			MeterRegistry meters, ObjectProvider<PeriodLocks> locks) {
		this.locks = locks;
		this.store = store;
		this.auditTrail = auditTrail;
		this.events = events;
		this.clock = clock;
		this.meters = meters;
	}

	/**
	 * Applies a batch to a ledger as the current account, each row validated by {@code validation}, or throws
	 * {@link InvalidInputException} naming every problem.
	 */
	public <I, S extends StagedRow> ImportSummary record(LedgerBatch<I> batch, LedgerTables tables,
			RowValidation<I, S> validation, LedgerRules rules) {
		String actor = auditTrail.currentActor();
		ImportSummary summary = write(batch, tables, validation, rules, clock.instant(), actor);
		auditTrail.record(actor, tables.name() + ".imported", tables.importLog(), Long.toString(summary.importId()),
				Map.of("file", String.valueOf(batch.fileName()), "rows", summary.rows(), "created", summary.created(),
						"superseded", summary.superseded(), "unchanged", summary.unchanged(), "voided",
						summary.voided()),
				batch.reason());
		if (summary.changedTheLedger()) {
			events.publishEvent(rules.changed(summary.importId()));
		}
		log.info("{} import applied importId={} file={} rows={} created={} superseded={} unchanged={} voided={}",
				tables.name(), summary.importId(), batch.fileName(), summary.rows(), summary.created(),
				summary.superseded(), summary.unchanged(), summary.voided());
		return summary;
	}

	/** The import the current account made with this idempotency key, if it made one. */
	public Optional<PreviousImport> previousImport(LedgerTables tables, String idempotencyKey) {
		return store.previousImport(tables, auditTrail.currentActor(), idempotencyKey);
	}

	private <I, S extends StagedRow> ImportSummary write(LedgerBatch<I> batch, LedgerTables tables,
			RowValidation<I, S> validation, LedgerRules rules, Instant at, String actor) {
		Reasons.check(batch.reason());
		ImportSteps steps = new ImportSteps(meters, tables.name(), rules::step);
		long importId = store.startImport(tables, batch.idempotencyKey(), batch.fileName(), at, actor);
		long rows = stream(batch, validation, tables, importId);
		steps.done("read-validate-stage");
		store.refreshStatistics(tables, rows);
		BatchProblems problems = new BatchProblems();
		problems.addAll(store.keysUsedTwice(tables, importId, batch.idColumn()));
		problems.addAll(store.voidsOfUnknownRecords(tables, importId, batch.idColumn()));
		rules.checkStaged(importId, problems);
		if (!problems.isEmpty()) {
			throw problems.refusal(rows);
		}
		refuseApprovedPeriods(tables, rules, importId);
		steps.done("check");
		ImportSummary summary = store.classify(tables, importId, rows).withIgnoredColumns(batch.ignoredColumns());
		rules.beforeVersions(importId, at, steps);
		store.appendVersions(tables, importId, at, actor, batch.reason());
		steps.done("versions");
		store.moveHeads(tables, importId);
		steps.done("heads");
		store.clearStaging(tables, importId);
		rules.afterHeads(importId, steps);
		store.finish(tables, importId, summary, batch.fileSha256().get(), String.join("\n", batch.ignoredColumns()));
		steps.done("finish");
		return summary;
	}

	/** A batch that would change a day of an approved period is refused whole, whatever door it came in by. */
	private void refuseApprovedPeriods(LedgerTables tables, LedgerRules rules, long importId) {
		PeriodLocks periods = locks.getIfAvailable();
		if (periods != null && periods.anyApproved(tables.name())) {
			periods.refuseChangesTo(tables.name(), rules.changedDays(importId));
		}
	}

	/**
	 * Validates every row and stages the valid ones, a batch at a time; the number of rows read. Once a row is
	 * refused nothing will be written: staging stops, validation goes on to name every problem.
	 */
	private <I, S extends StagedRow> long stream(LedgerBatch<I> batch, RowValidation<I, S> validation,
			LedgerTables tables, long importId) {
		BatchProblems problems = new BatchProblems();
		List<S> pending = new ArrayList<>(LedgerStore.BATCH_SIZE);
		long rows = 0;
		Iterator<I> input = batch.rows();
		while (input.hasNext()) {
			I row = input.next();
			rows++;
			List<InputError> rowProblems = new ArrayList<>(2);
			Optional<S> valid = validation.validate(row, rowProblems);
			problems.addAll(rowProblems);
			if (valid.isPresent() && problems.isEmpty()) {
				pending.add(valid.get());
				if (pending.size() == LedgerStore.BATCH_SIZE) {
					store.stage(tables, importId, pending);
					pending.clear();
				}
			}
		}
		if (!problems.isEmpty()) {
			throw problems.refusal(rows);
		}
		if (rows == 0) {
			throw InvalidInputException.noRows();
		}
		store.stage(tables, importId, pending);
		return rows;
	}
}
