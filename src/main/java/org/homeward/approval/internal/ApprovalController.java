package org.homeward.approval.internal;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.homeward.approval.Approval;
import org.homeward.approval.Approvals;
import org.homeward.web.ProblemException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Approval of periods (exchange contract, section 7): approve or submit, withdraw with a reason, list. */
@RestController
@RequestMapping("/api/v1/approvals")
@Tag(name = "Approvals", description = "Periods of a ledger's records approved by a coordinator, and so locked")
class ApprovalController {

	static final int MAX_DAYS = 3_660;

	private final Approvals approvals;

	ApprovalController(Approvals approvals) {
		this.approvals = approvals;
	}

	@PostMapping
	@Operation(summary = "Approve a period of a ledger's records of a source and area (a data officer submits it)")
	ResponseEntity<ApprovalResponse> request(@RequestBody Approvals.Request request) {
		Approval approval = approvals.request(request);
		return ResponseEntity.created(URI.create("/api/v1/approvals?ledger=" + approval.ledger() + "&source="
				+ approval.source() + "&asOf=" + approval.to())).body(ApprovalResponse.from(approval));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Withdraw an approval: its records may change again; a reason is required")
	ApprovalResponse withdraw(@PathVariable long id, @RequestParam(required = false) String reason) {
		return ApprovalResponse.from(approvals.withdraw(id, reason));
	}

	@GetMapping
	@Operation(summary = "The approvals whose period overlaps the days days ending with asOf (all without asOf), "
			+ "as known at knownAt")
	ApprovalsResponse list(@RequestParam(required = false) String ledger,
			@RequestParam(required = false) String source,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "7") int days,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt) {
		if (ledger != null && !Approvals.LEDGERS.contains(ledger)) {
			throw ProblemException.invalid("ledger", ledger, "the ledger is returns or facilities.");
		}
		if (days < 1 || days > MAX_DAYS) {
			throw ProblemException.invalid("days", days, "days is from 1 to " + MAX_DAYS + ".");
		}
		String code = source == null || source.isBlank() ? null : source.strip().toUpperCase(java.util.Locale.ROOT);
		LocalDate from = asOf == null ? null : asOf.minusDays(days - 1L);
		return new ApprovalsResponse(approvals.list(ledger, code, from, asOf, knownAt).stream()
			.map(ApprovalResponse::from).toList());
	}

	record ApprovalsResponse(List<ApprovalResponse> approvals) {
	}

	/** An approval as the API publishes it: its period, its state, who approved it and when, and every step. */
	record ApprovalResponse(long id, String ledger, String source, String area, LocalDate from, LocalDate to,
			String state, String approvedBy, Instant approvedAt, List<StepResponse> versions) {

		static ApprovalResponse from(Approval approval) {
			Approval.Step approved = approval.approval().orElse(null);
			return new ApprovalResponse(approval.id(), approval.ledger(), approval.source(), approval.area(),
					approval.from(), approval.to(), approval.state().apiName(), approved == null ? null : approved.by(),
					approved == null ? null : approved.at(),
					approval.steps().stream().map(StepResponse::from).toList());
		}
	}

	record StepResponse(int version, String state, Instant at, String by, String reason) {

		static StepResponse from(Approval.Step step) {
			return new StepResponse(step.version(), step.state().apiName(), step.at(), step.by(), step.reason());
		}
	}
}
