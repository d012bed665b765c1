package org.homeward.registrations;

import java.util.List;

import org.homeward.ledger.RecordKey;

/** One person as linkage found them: an opaque id, and the registrations that stand in them. No name. */
public record PersonRegistrations(String person, List<RecordKey> registrations) {
}
