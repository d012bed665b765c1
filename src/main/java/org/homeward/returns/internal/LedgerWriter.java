package org.homeward.returns.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.homeward.geography.Countries;
import org.homeward.geography.HomeCountry;
import org.homeward.geography.Places;
import org.homeward.ledger.ImportSummary;
import org.homeward.ledger.PreviousImport;
import org.homeward.returns.ReturnBatch;
import org.homeward.returns.ReturnField;
import org.homeward.returns.ReturnRowInput;
import org.homeward.returns.ReturnVersion;
import org.homeward.sources.Sources;
import org.homeward.ledger.ImportSteps;
import org.homeward.web.InputError;
import org.homeward.web.InvalidInputException;
import org.homeward.ledger.Reasons;
import org.homeward.access.Scope;
import org.springframework.stereotype.Component;

/**
 * Streams a batch through validation into the staging table, checks what only the whole batch shows (an id used
 * twice, a void of an unknown record), and applies it. The caller's transaction makes it all-or-nothing.
 */
@Component
public class LedgerWriter {

	/** At most this many problems are listed; the detail says how many there were in all. */
	public static final int MAX_LISTED_ERRORS = 1_000;

	private final LedgerRepository ledger;
	private final Places places;
	private final Countries countries;
	private final Sources sources;
	private final HomeCountry homeCountry;
	private final Clock clock;
	private final MeterRegistry meters;

	LedgerWriter(LedgerRepository ledger, Places places, Countries countries, Sources sources, HomeCountry homeCountry,
			Clock clock, MeterRegistry meters) {
		this.meters = meters;
		this.ledger = ledger;
		this.places = places;
		this.countries = countries;
		this.sources = sources;
		this.homeCountry = homeCountry;
		this.clock = clock;
	}

	public ImportSummary write(ReturnBatch batch, Instant at, String actor, Scope scope) {
		RowValidator validator = new RowValidator(places, countries, sources, homeCountry.today(clock),
				homeCountry.code(), batch.columns(), scope);
		Reasons.check(batch.reason());
		ImportSteps steps = new ImportSteps(meters, "returns");
		long importId = ledger.startImport(batch.idempotencyKey(), batch.fileName(), at, actor);
		List<InputError> errors = new ArrayList<>();
		List<ValidatedRow> pending = new ArrayList<>(LedgerRepository.BATCH_SIZE);
		long rows = 0;
		long errorCount = 0;
		Iterator<ReturnRowInput> input = batch.rows();
		while (input.hasNext()) {
			ReturnRowInput row = input.next();
			rows++;
			List<InputError> rowErrors = new ArrayList<>(2);
			Optional<ValidatedRow> valid = validator.validate(row, rowErrors);
			errorCount += rowErrors.size();
			if (errors.size() < MAX_LISTED_ERRORS) {
				errors.addAll(rowErrors.subList(0, Math.min(rowErrors.size(), MAX_LISTED_ERRORS - errors.size())));
			}
			// Once a row is refused nothing will be written: stop staging, keep validating to name every problem.
			if (valid.isPresent() && errorCount == 0) {
				pending.add(valid.get());
				if (pending.size() == LedgerRepository.BATCH_SIZE) {
					ledger.stage(importId, pending);
					pending.clear();
				}
			}
		}
		if (errorCount > 0) {
			throw InvalidInputException.ofRows(errors, errorCount, rows);
		}
		if (rows == 0) {
			throw InvalidInputException.noRows();
		}
		ledger.stage(importId, pending);
		steps.done("read-validate-stage");
		ledger.refreshStagingStatistics(rows);
		String idColumn = batch.columns().get(ReturnField.RECORD_ID);
		errors.addAll(ledger.duplicatedRecords(importId, idColumn, MAX_LISTED_ERRORS));
		errors.addAll(ledger.voidsOfUnknownRecords(importId, idColumn, MAX_LISTED_ERRORS));
		if (scope.limitsPlaces()) {
			// a record already known elsewhere stays out of reach, even when the new row would move it in; it is
			// answered as a record not known at all, or as an id outside the area, never by where it lies
			ledger.knownDestinationsOfStaged(importId, (row, source, recordId, voiding, known) -> {
				if (errors.size() < MAX_LISTED_ERRORS && !validator.covered(known.destination(), known.entryPoint())) {
					errors.add(new InputError(row, idColumn, recordId,
							voiding ? LedgerRepository.noRecordToRetract(source) : validator.idOutsideArea()));
				}
			});
		}
		if (!errors.isEmpty()) {
			throw InvalidInputException.ofRows(errors, errors.size(), rows);
		}
		steps.done("check");
		ImportSummary summary = ledger.apply(importId, rows, at, actor, batch.reason(), steps)
			.withIgnoredColumns(batch.ignoredColumns());
		ledger.finish(importId, summary, batch.fileSha256().get(), String.join("\n", batch.ignoredColumns()));
		steps.done("finish");
		return summary;
	}

	public void forEachRecord(String source, Instant knownAt, java.util.function.Consumer<ReturnVersion> action) {
		ledger.forEachRecord(source, knownAt, action);
	}

	public List<ReturnVersion> find(org.homeward.returns.RecordFilter filter, int offset, int limit) {
		return ledger.find(filter, offset, limit);
	}

	/** Whether a record's content lies in a scope's area. */
	public boolean covers(Scope scope, org.homeward.returns.ReturnCount content) {
		return scope.covers(places, content.destination().finest(), content.entryPoint());
	}

	public List<ReturnVersion> versions(String source, String recordId) {
		return ledger.versions(source, recordId);
	}

	public Optional<PreviousImport> previousAnswer(String account, String idempotencyKey) {
		return ledger.findByIdempotencyKey(account, idempotencyKey);
	}


	public boolean hasRecords() {
		return ledger.hasRecords();
	}
}
