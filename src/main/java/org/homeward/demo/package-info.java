/**
 * The demo data: a deterministic ledger, in the exchange formats, whose briefing for Monday 22 October 2018 states
 * every figure of the headquarters' briefing of that day. Loaded at the first start of an empty embedded database,
 * never on PostgreSQL unless asked (HOMEWARD_DEMO).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.homeward.demo;
