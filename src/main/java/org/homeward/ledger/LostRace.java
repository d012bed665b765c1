package org.homeward.ledger;

import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * A single write a person sent can lose a race to a concurrent one: for the same new row (the first count of a day
 * in an aggregate, say) or a lock. Its transaction was rolled back whole, so running it again is what the person
 * meant; after three lost races the conflict is answered (409 {@code concurrent-change}).
 */
public final class LostRace {

	private static final int ATTEMPTS = 3;

	private LostRace() {
	}

	/** Runs a write that is a transaction of its own (its checks included), again after a lost race. */
	public static <T> T runAgain(Supplier<T> write) {
		for (int attempt = 1;; attempt++) {
			try {
				return write.get();
			}
			catch (DuplicateKeyException | PessimisticLockingFailureException race) {
				if (attempt == ATTEMPTS) {
					throw race;
				}
			}
		}
	}
}
