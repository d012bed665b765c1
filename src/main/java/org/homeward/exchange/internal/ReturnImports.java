package org.homeward.exchange.internal;

import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.homeward.returns.ImportSummary;
import org.homeward.returns.ReturnBatch;
import org.homeward.returns.ReturnRowInput;
import org.homeward.returns.ReturnsLedger;
import org.homeward.web.ProblemException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/** Reads an HXL file of return counts and hands its rows to the ledger as one all-or-nothing batch. */
@Component
class ReturnImports {

	private final ReturnsLedger ledger;

	ReturnImports(ReturnsLedger ledger) {
		this.ledger = ledger;
	}

	ImportSummary importFile(InputStream body, String mediaType, String fileName, String idempotencyKey) {
		Optional<ImportSummary> previous = idempotencyKey == null ? Optional.empty()
				: ledger.previousAnswer(idempotencyKey);
		if (previous.isPresent()) {
			return previous.get();
		}
		MessageDigest sha256 = sha256();
		try (HxlTable table = HxlFiles.open(new DigestInputStream(body, sha256), mediaType, fileName)) {
			ReturnColumns columns = ReturnColumns.of(table);
			ReturnBatch batch = new ReturnBatch(fileName, idempotencyKey, columns.names(), columns.ignored(),
					new NonBlankRows(table.rows(), columns), () -> HexFormat.of().formatHex(sha256.digest()), null);
			return ledger.record(batch);
		}
		catch (DataIntegrityViolationException concurrent) {
			// The same key applied by a parallel request, or the same records changed by another import meanwhile.
			return Optional.ofNullable(idempotencyKey).flatMap(ledger::previousAnswer)
				.orElseThrow(() -> ProblemException.conflict("concurrent-change",
						"Another import changed the same records at the same moment; nothing was written. Send the "
								+ "file again."));
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

	/** The data rows of a table as ledger input, skipping rows with no value at all (they keep their numbers). */
	private static final class NonBlankRows implements Iterator<ReturnRowInput> {

		private final Iterator<HxlTable.Row> rows;
		private final ReturnColumns columns;
		private HxlTable.Row upcoming;

		NonBlankRows(Iterator<HxlTable.Row> rows, ReturnColumns columns) {
			this.rows = rows;
			this.columns = columns;
			advance();
		}

		@Override
		public boolean hasNext() {
			return upcoming != null;
		}

		@Override
		public ReturnRowInput next() {
			if (upcoming == null) {
				throw new NoSuchElementException();
			}
			ReturnRowInput input = columns.input(upcoming);
			advance();
			return input;
		}

		private void advance() {
			upcoming = null;
			while (rows.hasNext()) {
				HxlTable.Row row = rows.next();
				if (!row.isBlank()) {
					upcoming = row;
					return;
				}
			}
		}
	}
}
