package org.homeward.registrations;

import java.util.Optional;

import org.homeward.access.Scopes;
import org.homeward.ledger.ImportSummary;
import org.homeward.ledger.LedgerWrites;
import org.homeward.ledger.PreviousImport;
import org.homeward.registrations.internal.RegistrationRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records household registrations: whole files, each validated whole and applied in one transaction, or refused
 * with every problem named and nothing written. What names a person is stored only encrypted.
 */
@Service
public class Registrations {

	private final LedgerWrites writes;
	private final RegistrationRules rules;
	private final Scopes scopes;

	Registrations(LedgerWrites writes, RegistrationRules rules, Scopes scopes) {
		this.writes = writes;
		this.rules = rules;
		this.scopes = scopes;
	}

	/** Applies a batch, or throws {@link org.homeward.web.InvalidInputException} listing its problems. */
	@Transactional
	public ImportSummary record(RegistrationBatch batch) {
		return rules.record(batch, scopes.current());
	}

	/** Whether registrations can be recorded: a personal data key is set (or the embedded database made one). */
	public boolean acceptsPersonalData() {
		return rules.acceptsPersonalData();
	}

	/** The import the current account made with this idempotency key, if it made one. */
	public Optional<PreviousImport> previousAnswer(String idempotencyKey) {
		return writes.previousImport(RegistrationRules.TABLES, idempotencyKey);
	}
}
