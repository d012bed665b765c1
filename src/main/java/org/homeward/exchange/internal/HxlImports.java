package org.homeward.exchange.internal;

import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.homeward.exchange.HxlFileImports;
import org.homeward.reconstruction.Facilities;
import org.homeward.reconstruction.FacilityBatch;
import org.homeward.reconstruction.FacilityField;
import org.homeward.reconstruction.FacilityRowInput;
import org.homeward.returns.ReturnBatch;
import org.homeward.returns.ReturnField;
import org.homeward.returns.ReturnRowInput;
import org.homeward.returns.ReturnsLedger;
import org.homeward.web.ImportSummary;
import org.homeward.web.ProblemException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/** Reads HXL files and hands their rows to the module that owns them, as one all-or-nothing batch. */
@Component
class HxlImports implements HxlFileImports {

	static final int MAX_FILE_NAME = 300;

	private final ReturnsLedger returns;
	private final Facilities facilities;

	HxlImports(ReturnsLedger returns, Facilities facilities) {
		this.returns = returns;
		this.facilities = facilities;
	}

	@Override
	public ImportSummary returns(InputStream body, String mediaType, String fileName, String idempotencyKey) {
		return importFile(body, mediaType, fileName, idempotencyKey, returns::previousAnswer, (table, sha256) -> {
			HxlColumns<ReturnField> columns = HxlColumns.of(table, Contracts.RETURNS);
			return returns.record(new ReturnBatch(fileName, idempotencyKey, columns.names(), columns.ignored(),
					new NonBlankRows<>(table.rows(), row -> new ReturnRowInput(row.number(), columns.values(row))),
					sha256, null));
		});
	}

	@Override
	public ImportSummary facilities(InputStream body, String mediaType, String fileName, String idempotencyKey) {
		return importFile(body, mediaType, fileName, idempotencyKey, facilities::previousAnswer, (table, sha256) -> {
			HxlColumns<FacilityField> columns = HxlColumns.of(table, Contracts.FACILITIES);
			return facilities.record(new FacilityBatch(fileName, idempotencyKey, columns.names(), columns.ignored(),
					new NonBlankRows<>(table.rows(), row -> new FacilityRowInput(row.number(), columns.values(row))),
					sha256, null));
		});
	}

	private ImportSummary importFile(InputStream body, String mediaType, String fileName, String idempotencyKey,
			Function<String, Optional<ImportSummary>> previousAnswer,
			BiFunction<HxlTable, Supplier<String>, ImportSummary> record) {
		checkFileName(fileName);
		Optional<ImportSummary> previous = idempotencyKey == null ? Optional.empty()
				: previousAnswer.apply(idempotencyKey);
		if (previous.isPresent()) {
			return previous.get();
		}
		MessageDigest sha256 = sha256();
		try (HxlTable table = HxlFiles.open(new DigestInputStream(body, sha256), mediaType, fileName)) {
			return record.apply(table, () -> HexFormat.of().formatHex(sha256.digest()));
		}
		catch (DuplicateKeyException concurrent) {
			// The same key applied by a parallel request, or the same records changed by another import meanwhile.
			// Only a duplicate key is a race: any other refusal of the database is a data error no retry mends.
			return Optional.ofNullable(idempotencyKey).flatMap(previousAnswer)
				.orElseThrow(() -> ProblemException.conflict("concurrent-change",
						"Another import changed the same records at the same moment; nothing was written. Send the "
								+ "file again."));
		}
	}

	/** The name is only a label kept with the import (never a path), but it has to fit and be printable. */
	static void checkFileName(String fileName) {
		if (fileName == null) {
			return;
		}
		if (fileName.length() > MAX_FILE_NAME) {
			throw ProblemException.invalid("fileName", fileName.substring(0, 40) + "…",
					"a file name is at most " + MAX_FILE_NAME + " characters.");
		}
		if (fileName.chars().anyMatch(Character::isISOControl)) {
			throw ProblemException.invalid("fileName", fileName.replaceAll("\\p{Cntrl}", "?"),
					"a file name holds no control characters.");
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
}
