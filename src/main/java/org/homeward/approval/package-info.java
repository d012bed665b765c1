/**
 * Approval of periods: a coordinator signs off a ledger's records of one source, area and period, which locks
 * them until the approval is withdrawn with a reason; a data officer submits their area's week for it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Approval")
package org.homeward.approval;
