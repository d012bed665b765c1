package org.homeward.registrations;

/** Published inside the transaction of a batch that changed what the registration ledger holds. */
public record RegistrationsChanged(long importId) {
}
