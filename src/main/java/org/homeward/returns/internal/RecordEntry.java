package org.homeward.returns.internal;

import java.util.List;
import java.util.Locale;

import org.homeward.returns.ReturnBatch;
import org.homeward.returns.ReturnField;
import org.homeward.returns.ReturnRowInput;
import org.homeward.returns.ReturnVersion;
import org.homeward.returns.ReturnsLedger;
import org.homeward.web.InputError;
import org.homeward.web.InvalidInputException;
import org.homeward.ledger.LostRace;
import org.homeward.ledger.RecordKey;
import org.homeward.web.ProblemException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** One record written by a person, from the API or from a page: added, corrected or voided, each a batch of one. */
@Component
class RecordEntry {

	private final ReturnsLedger ledger;
	private final TransactionTemplate transaction;

	RecordEntry(ReturnsLedger ledger, TransactionTemplate transaction) {
		this.ledger = ledger;
		this.transaction = transaction;
	}

	ReturnVersion add(ReturnRequest request) {
		return againAfterRace(() -> added(request));
	}

	ReturnVersion correct(String source, String id, ReturnRequest request) {
		return againAfterRace(() -> corrected(source, id, request));
	}

	ReturnVersion voidRecord(String source, String id, String reason) {
		return againAfterRace(() -> voided(source, id, reason));
	}

	/** Runs a write, its checks and the read of its answer in one transaction, again after a lost race. */
	private ReturnVersion againAfterRace(java.util.function.Supplier<ReturnVersion> write) {
		return LostRace.runAgain(() -> transaction.execute(status -> write.get()));
	}

	private ReturnVersion added(ReturnRequest request) {
		String source = upper(request.source());
		// a record out of the user's reach is no conflict to name: the batch refuses its id as outside the area
		if (request.id() != null && source != null
				&& ledger.knownWithinReach(new RecordKey(source, request.id().strip()))) {
			throw ProblemException.conflict("record-exists", "Source " + source + " already has a record '"
					+ request.id().strip() + "'; correct it with PUT /api/v1/returns/" + source + "/{id}.");
		}
		return apply(request.input(source, request.id()), request.reason());
	}

	private ReturnVersion corrected(String source, String id, ReturnRequest request) {
		String code = existing(source, id);
		requireReason(request.reason());
		return apply(request.input(code, id), request.reason());
	}

	private ReturnVersion voided(String source, String id, String reason) {
		String code = existing(source, id);
		requireReason(reason);
		return apply(ReturnRequest.voiding(code, id), reason);
	}

	private ReturnVersion apply(ReturnRowInput input, String reason) {
		ledger.record(new ReturnBatch(null, null, ReturnRequest.FIELDS, List.of(), List.of(input).iterator(),
				() -> "", reason));
		List<ReturnVersion> versions = ledger.versions(RecordKey.of(input.text(ReturnField.SOURCE),
				input.text(ReturnField.RECORD_ID)));
		return versions.get(versions.size() - 1);
	}

	private String existing(String source, String id) {
		RecordKey record = RecordKey.of(source, id);
		// out of reach first, so that a record outside the area is answered as one that does not exist
		if (ledger.versionsWithinReach(record).isEmpty()) {
			throw ProblemException.notFound("Return record", source + "/" + id);
		}
		return record.source();
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw InvalidInputException.of(List.of(InputError.field("reason", reason,
					"Say why: a correction or a void needs a reason, kept with the new version.")));
		}
	}

	private static String upper(String text) {
		return text == null ? null : text.strip().toUpperCase(Locale.ROOT);
	}
}
