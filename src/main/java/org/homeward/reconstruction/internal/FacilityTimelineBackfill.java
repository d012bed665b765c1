package org.homeward.reconstruction.internal;

import org.homeward.ledger.LedgerStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Computes the timelines once for a database whose facility events were recorded before the timelines existed. */
@Component
class FacilityTimelineBackfill implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(FacilityTimelineBackfill.class);

	private final LedgerStore events;
	private final FacilityTimelines timelines;
	private final TransactionTemplate transaction;

	FacilityTimelineBackfill(LedgerStore events, FacilityTimelines timelines, TransactionTemplate transaction) {
		this.events = events;
		this.timelines = timelines;
		this.transaction = transaction;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (events.holdsAny(FacilityLedgerRules.TABLES) && timelines.isEmpty()) {
			transaction.executeWithoutResult(status -> timelines.rebuild());
			log.info("facility timelines computed from the recorded status events");
		}
	}
}
