package org.homeward.collect.internal;

import java.util.Set;

import org.homeward.access.Scope;

/**
 * One form Homeward publishes (exchange contract, section 6), whole in one class: its id, the XForm it makes for a
 * user (choices of their area, the server's rules as constraints on the phone), and how its instance becomes
 * records through a ledger.
 */
interface CollectForm {

	/** The form's {@code formID}, and the {@code id} of its instance's root. */
	String id();

	/** Its title in the form list. */
	String title();

	/** The form for a user of this scope. */
	Made make(Scope scope);

	/** The field of its instance that names the day a submission counts for, the day the page of what came in lags from. */
	String dayCounted();

	/** The names of the repeats its instance holds. */
	default Set<String> repeats() {
		return Set.of();
	}

	/** Records a submission through its ledger, or throws {@link org.homeward.web.InvalidInputException}. */
	Recorded record(Filled filled);

	/** A form made for one user: its XML and its version. */
	record Made(String xml, String version) {
	}

	/**
	 * A submission to record: what it said, the source it counts for, why it is recorded again when it was
	 * received before (null the first time), and how many records it became then.
	 */
	record Filled(Submission submission, String source, String reason, int recordsBefore) {
	}

	/** What recording did: whether the ledger changed, and how many records the submission now stands in. */
	record Recorded(boolean changed, int records) {
	}
}
