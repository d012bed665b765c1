package org.homeward.approval.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homeward.approval.Approval;
import org.homeward.approval.Approvals;
import org.homeward.geography.Place;
import org.homeward.geography.Places;
import org.homeward.ledger.ChangedDay;
import org.homeward.ledger.PeriodLocks;
import org.homeward.web.PeriodApprovedException;
import org.springframework.stereotype.Component;

/**
 * The ledgers' locks as approvals give them: a day of a source's records is locked while an approval in force
 * covers it and the record's place lies in the approval's area.
 */
@Component
class ApprovalLocks implements PeriodLocks {

	private final Approvals approvals;
	private final Places places;

	ApprovalLocks(Approvals approvals, Places places) {
		this.approvals = approvals;
		this.places = places;
	}

	@Override
	public boolean anyApproved(String ledger) {
		return approvals.anyInForce(ledger);
	}

	@Override
	public void refuseChangesTo(String ledger, List<ChangedDay> days) {
		List<Approval> inForce = approvals.inForce(ledger);
		Map<String, Optional<Place>> found = new HashMap<>();
		for (ChangedDay day : days) {
			Optional<Place> place = found.computeIfAbsent(day.place(), places::find);
			for (Approval approval : inForce) {
				if (approval.source().equals(day.source()) && approval.covers(day.day()) && place.isPresent()
						&& places.find(approval.area()).map(area -> place.get().isWithin(area)).orElse(false)) {
					Approval.Step approved = approval.approval().orElseThrow();
					throw new PeriodApprovedException(approval.id(), ledger, approval.source(),
							places.label(approval.area(), "en"), approval.from(), approval.to(), approved.by(),
							approved.at());
				}
			}
		}
	}
}
