package org.homeward.registrations.internal;

import org.homeward.registrations.RegistrationsChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Links registrations once the import that brought them has committed, and at start what an import left unlinked
 * (a linkage that failed, or a stop between the two).
 */
@Component
class LinkageTrigger {

	private static final Logger log = LoggerFactory.getLogger(LinkageTrigger.class);

	private final RegistrationLinker linker;

	LinkageTrigger(RegistrationLinker linker) {
		this.linker = linker;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void imported(RegistrationsChanged changed) {
		try {
			linker.linkPending();
		}
		catch (RuntimeException e) {
			// the import stands; its registrations wait, unlinked, for the next linkage
			log.error("registration linkage failed after importId={}; it runs again with the next import or at start",
					changed.importId(), e);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void started() {
		try {
			linker.linkPending();
		}
		catch (RuntimeException e) {
			// Homeward serves on; the registrations wait, unlinked, for the next import or start
			log.error("registration linkage at start failed; it runs again with the next import", e);
		}
	}
}
