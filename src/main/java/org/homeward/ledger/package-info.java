/**
 * The machinery every versioned, sourced ledger shares: the database as repositories see it (COPY on PostgreSQL,
 * batches on H2), lost races and their retry, the import summary and its step timers, the answers kept for an
 * Idempotency-Key, the rules for ids, reasons and free text, and the embedded database's check after a crash.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ledger")
package org.homeward.ledger;
