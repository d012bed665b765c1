package org.homeward.ledger;

import java.util.List;

/**
 * The periods of a ledger that are approved, and so locked: the kernel asks before it writes a batch, so every door
 * a record comes in by is refused alike. The approval module answers; the kernel does not know it.
 */
public interface PeriodLocks {

	/** Whether any period of this ledger ({@code returns}, {@code facilities}) is approved now. */
	boolean anyApproved(String ledger);

	/**
	 * Refuses, with {@link org.homeward.web.PeriodApprovedException}, a batch that would change a day of an approved
	 * period; returns when none of {@code days} lies in one.
	 */
	void refuseChangesTo(String ledger, List<ChangedDay> days);
}
