package org.homeward.ledger;

/**
 * What a ledger brings to the kernel for one batch beyond its tables and its rows' validation: what only the whole
 * batch shows beyond what every ledger checks, what it keeps in step with its versions in the same transaction, and
 * the event it publishes. {@link LedgerWrites} runs the rest: the import log, staging, the common checks, versions,
 * heads and the answer.
 */
public interface LedgerRules {

	/**
	 * Adds what only the staged batch as a whole shows, beyond ids used twice and voids of unknown records (which
	 * the kernel finds): a record of another area, a facility that moves.
	 */
	default void checkStaged(long importId, BatchProblems problems) {
	}

	/**
	 * The days, sources and places whose records the staged batch would change, by the versions it replaces and
	 * those it adds: what an approved period refuses. Asked only while a period of the ledger is approved; a ledger
	 * no approval covers leaves it empty.
	 */
	default java.util.List<ChangedDay> changedDays(long importId) {
		return java.util.List.of();
	}

	/**
	 * Keeps in step what needs the heads as they were before the batch, such as aggregates of the old content;
	 * {@code at} is the instant the versions are recorded at.
	 */
	default void beforeVersions(long importId, java.time.Instant at, ImportSteps steps) {
	}

	/** Keeps in step what needs the batch's versions applied, such as timelines; the staging is empty by then. */
	default void afterHeads(long importId, ImportSteps steps) {
	}

	/**
	 * The name a step of the kernel's is reported under in the import's timers, or null to report it as part of the
	 * step after it: {@code read-validate-stage}, {@code check}, {@code versions}, {@code heads}, {@code finish},
	 * and the ledger's own.
	 */
	default String step(String step) {
		return step;
	}

	/** The event published, in the transaction, when the batch changed what the ledger holds. */
	Object changed(long importId);
}
