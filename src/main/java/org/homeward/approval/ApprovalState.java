package org.homeward.approval;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Whether a source's figures of a period are approved, as a briefing publishes it: {@code approved} when every day
 * of both ledgers is approved for the whole country, {@code partly} when some approval in force covers a part,
 * {@code provisional} when none does. It names no account, as a briefing names none.
 */
public record ApprovalState(String state, List<Published> approvals) {

	public static final String APPROVED = "approved";
	public static final String PARTLY = "partly";
	public static final String PROVISIONAL = "provisional";

	public ApprovalState {
		approvals = approvals == null ? List.of() : List.copyOf(approvals);
	}

	/** An approval in force over a part of the period. */
	public record Published(long id, String ledger, String area, LocalDate from, LocalDate to, Instant approvedAt) {

		static Published of(Approval approval) {
			return new Published(approval.id(), approval.ledger(), approval.area(), approval.from(), approval.to(),
					approval.approval().orElseThrow().at());
		}
	}
}
