package org.homeward.briefing.internal;

import org.homeward.approval.Approvals;
import org.homeward.reconstruction.Facilities;
import org.homeward.returns.ReturnsLedger;
import org.homeward.situation.SituationChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts the changes of the ledgers a briefing reads. The count moves in the writer's own transaction (the events
 * are heard synchronously), so a reader that sees a count sees every change it counts, on any number of servers.
 */
@Repository
public class LedgerChanges {

	private final JdbcClient jdbc;
	private final Approvals approvals;

	LedgerChanges(JdbcClient jdbc, Approvals approvals) {
		this.jdbc = jdbc;
		this.approvals = approvals;
	}

	/**
	 * What the ledgers hold now, as one stamp: it differs after any committed change of returns, facilities or the
	 * situation, and of an approval, which a briefing states.
	 */
	public String stamp() {
		return String.join("/", jdbc.sql("select changes from briefing_ledger_change order by ledger")
			.query((row, n) -> Long.toString(row.getLong(1))).list()) + "/" + approvals.changes();
	}

	@EventListener
	void on(ReturnsLedger.RecordsChanged changed) {
		bump("returns");
	}

	@EventListener
	void on(Facilities.EventsChanged changed) {
		bump("reconstruction");
	}

	@EventListener
	void on(SituationChanged changed) {
		bump("situation");
	}

	private void bump(String ledger) {
		jdbc.sql("update briefing_ledger_change set changes = changes + 1 where ledger = ?").param(ledger).update();
	}
}
