package org.homeward.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A write into a period a coordinator approved: refused whole, naming the approval, who gave it and when, and how
 * to have it withdrawn. Nothing was written.
 */
public class PeriodApprovedException extends ProblemException {

	public static final String CODE = "period-approved";

	public PeriodApprovedException(long approval, String ledger, String source, String area, LocalDate from,
			LocalDate to, String approvedBy, Instant approvedAt) {
		super(HttpStatus.CONFLICT, CODE, "Period approved", "The " + ledger + " of source " + source + " in " + area
				+ " from " + from + " to " + to + " were approved by " + approvedBy + " at " + approvedAt
				+ " (approval " + approval + "), so they cannot change and nothing was written. Ask a coordinator to "
				+ "withdraw the approval with a reason (the approvals page, or DELETE " + withdrawal(approval)
				+ "?reason=…), then send this again.", properties(approval, ledger, source, area, from, to, approvedBy,
						approvedAt));
	}

	/** Where an approval is withdrawn. */
	public static String withdrawal(long approval) {
		return "/api/v1/approvals/" + approval;
	}

	private static Map<String, Object> properties(long approval, String ledger, String source, String area,
			LocalDate from, LocalDate to, String approvedBy, Instant approvedAt) {
		Map<String, Object> named = new LinkedHashMap<>();
		named.put("id", approval);
		named.put("ledger", ledger);
		named.put("source", source);
		named.put("area", area);
		named.put("from", from.toString());
		named.put("to", to.toString());
		named.put("approvedBy", approvedBy);
		named.put("approvedAt", approvedAt.toString());
		named.put("withdraw", "DELETE " + withdrawal(approval) + "?reason=…");
		return Map.of("approval", named);
	}
}
