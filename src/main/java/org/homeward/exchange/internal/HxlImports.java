package org.homeward.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.homeward.access.AuditTrail;
import org.homeward.exchange.HxlFileImports;
import org.homeward.reconstruction.Facilities;
import org.homeward.reconstruction.FacilityBatch;
import org.homeward.reconstruction.FacilityField;
import org.homeward.reconstruction.FacilityRowInput;
import org.homeward.registrations.RegistrationBatch;
import org.homeward.registrations.RegistrationField;
import org.homeward.registrations.RegistrationRowInput;
import org.homeward.registrations.Registrations;
import org.homeward.returns.ReturnBatch;
import org.homeward.returns.ReturnField;
import org.homeward.returns.ReturnRowInput;
import org.homeward.returns.ReturnsLedger;
import org.homeward.statedfigures.StatedFigureBatch;
import org.homeward.statedfigures.StatedFigureField;
import org.homeward.statedfigures.StatedFigureRowInput;
import org.homeward.statedfigures.StatedFigures;
import org.homeward.ledger.ImportSummary;
import org.homeward.ledger.PreviousImport;
import org.homeward.web.ProblemException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Reads HXL files and hands their rows to the module that owns them, as one all-or-nothing batch. */
@Component
class HxlImports implements HxlFileImports {

	static final int MAX_FILE_NAME = 300;

	private final ReturnsLedger returns;
	private final Facilities facilities;
	private final Registrations registrations;
	private final StatedFigures statedFigures;
	private final AuditTrail auditTrail;
	/** The (ledger, account, key) of every import with an Idempotency-Key that is running now. */
	private final Set<String> running = ConcurrentHashMap.newKeySet();

	HxlImports(ReturnsLedger returns, Facilities facilities, Registrations registrations, StatedFigures statedFigures,
			AuditTrail auditTrail) {
		this.returns = returns;
		this.facilities = facilities;
		this.registrations = registrations;
		this.statedFigures = statedFigures;
		this.auditTrail = auditTrail;
	}

	@Override
	public ImportSummary returns(InputStream body, String mediaType, String fileName, String idempotencyKey) {
		return importFile("returns", body, mediaType, fileName, idempotencyKey, returns::previousAnswer,
				(table, sha256) -> {
			HxlColumns<ReturnField> columns = HxlColumns.of(table, Contracts.RETURNS);
			return returns.record(new ReturnBatch(fileName, idempotencyKey, columns.names(), columns.ignored(),
					new NonBlankRows<>(table.rows(), row -> new ReturnRowInput(row.number(), columns.values(row))),
					sha256, null));
		});
	}

	@Override
	public ImportSummary facilities(InputStream body, String mediaType, String fileName, String idempotencyKey) {
		return importFile("facilities", body, mediaType, fileName, idempotencyKey, facilities::previousAnswer,
				(table, sha256) -> {
			HxlColumns<FacilityField> columns = HxlColumns.of(table, Contracts.FACILITIES);
			return facilities.record(new FacilityBatch(fileName, idempotencyKey, columns.names(), columns.ignored(),
					new NonBlankRows<>(table.rows(), row -> new FacilityRowInput(row.number(), columns.values(row))),
					sha256, null));
		});
	}

	@Override
	public ImportSummary registrations(InputStream body, String mediaType, String fileName, String idempotencyKey) {
		return importFile("registrations", body, mediaType, fileName, idempotencyKey, registrations::previousAnswer,
				(table, sha256) -> {
			HxlColumns<RegistrationField> columns = HxlColumns.of(table, Contracts.REGISTRATIONS);
			return registrations.record(new RegistrationBatch(fileName, idempotencyKey, columns.names(),
					columns.ignored(), new NonBlankRows<>(table.rows(),
							row -> new RegistrationRowInput(row.number(), columns.values(row))), sha256, null));
		});
	}

	@Override
	public ImportSummary statedFigures(InputStream body, String mediaType, String fileName, String idempotencyKey) {
		return importFile("stated-figures", body, mediaType, fileName, idempotencyKey, statedFigures::previousAnswer,
				(table, sha256) -> {
			HxlColumns<StatedFigureField> columns = HxlColumns.of(table, Contracts.STATED_FIGURES);
			return statedFigures.record(new StatedFigureBatch(fileName, idempotencyKey, columns.names(),
					columns.ignored(), new NonBlankRows<>(table.rows(),
							row -> new StatedFigureRowInput(row.number(), columns.values(row))), sha256, null));
		});
	}

	private ImportSummary importFile(String kind, InputStream body, String mediaType, String fileName,
			String idempotencyKey, Function<String, Optional<PreviousImport>> previousAnswer,
			BiFunction<HxlTable, Supplier<String>, ImportSummary> record) {
		checkFileName(fileName);
		if (idempotencyKey == null) {
			return importOnce(new HashedBody(body), mediaType, fileName, record);
		}
		// the key is the account's: the same key sent by another account names another import
		String claim = kind + "\n" + auditTrail.currentActor() + "\n" + idempotencyKey;
		if (!running.add(claim)) {
			throw ProblemException.conflict("idempotency-key-in-use", "An import sent with this Idempotency-Key is "
					+ "still running; nothing was written. Send the request again when it has answered.");
		}
		try {
			HashedBody hashed = new HashedBody(body);
			Optional<PreviousImport> previous = previousAnswer.apply(idempotencyKey);
			if (previous.isPresent()) {
				return sameFile(previous.get(), hashed);
			}
			try {
				return importOnce(hashed, mediaType, fileName, record);
			}
			catch (ProblemException concurrent) {
				// applied meanwhile by a request that another instance of Homeward answered
				Optional<PreviousImport> applied = concurrent.code().equals("concurrent-change")
						? previousAnswer.apply(idempotencyKey) : Optional.empty();
				return sameFile(applied.orElseThrow(() -> concurrent), hashed);
			}
		}
		finally {
			running.remove(claim);
		}
	}

	private static ImportSummary importOnce(HashedBody body, String mediaType, String fileName,
			BiFunction<HxlTable, Supplier<String>, ImportSummary> record) {
		try (HxlTable table = HxlFiles.open(body.stream(), mediaType, fileName)) {
			return record.apply(table, body::sha256);
		}
		catch (DuplicateKeyException concurrent) {
			// only a duplicate key is a race: any other refusal of the database is a data error no retry mends
			throw ProblemException.conflict("concurrent-change", "Another import changed the same records at the same "
					+ "moment; nothing was written. Send the file again.");
		}
	}

	/** The first answer, when the request sends the same file again; a refusal when it sends another under its key. */
	private static ImportSummary sameFile(PreviousImport previous, HashedBody body) {
		if (!previous.fileSha256().equals(body.sha256())) {
			throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
					"Idempotency-Key already used", "This Idempotency-Key was sent with another file, applied as import "
							+ previous.answer().importId() + "; nothing of this file was written. Send a new file "
							+ "with a new key.");
		}
		return previous.answer();
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

	/** The request's body, and the SHA-256 of every byte of it: what a reader left unread is read for the sum. */
	private static final class HashedBody {

		private final DigestInputStream stream;
		private String sha256;

		HashedBody(InputStream body) {
			try {
				this.stream = new DigestInputStream(body, MessageDigest.getInstance("SHA-256"));
			}
			catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException("SHA-256 is part of every JDK", e);
			}
		}

		InputStream stream() {
			return stream;
		}

		String sha256() {
			if (sha256 == null) {
				try {
					stream.transferTo(OutputStream.nullOutputStream());
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				sha256 = HexFormat.of().formatHex(stream.getMessageDigest().digest());
			}
			return sha256;
		}
	}
}
