package org.homeward.situation;

/** Published inside the transaction of every change of the situation, whatever its subject. */
public record SituationChanged(String action) {
}
