package org.homeward.statedfigures;

import java.util.Optional;

import org.homeward.access.Scopes;
import org.homeward.ledger.ImportSummary;
import org.homeward.ledger.LedgerWrites;
import org.homeward.ledger.PreviousImport;
import org.homeward.statedfigures.internal.StatedFigureRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the headline figures sources published: whole files, each validated whole and applied in one
 * transaction, or refused with every problem named and nothing written.
 */
@Service
public class StatedFigures {

	private final LedgerWrites writes;
	private final StatedFigureRules rules;
	private final Scopes scopes;

	StatedFigures(LedgerWrites writes, StatedFigureRules rules, Scopes scopes) {
		this.writes = writes;
		this.rules = rules;
		this.scopes = scopes;
	}

	/** Applies a batch, or throws {@link org.homeward.web.InvalidInputException} listing its problems. */
	@Transactional
	public ImportSummary record(StatedFigureBatch batch) {
		return rules.record(batch, scopes.current());
	}

	/** The import the current account made with this idempotency key, if it made one. */
	public Optional<PreviousImport> previousAnswer(String idempotencyKey) {
		return writes.previousImport(StatedFigureRules.TABLES, idempotencyKey);
	}
}
