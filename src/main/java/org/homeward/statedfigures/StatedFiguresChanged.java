package org.homeward.statedfigures;

/** Published inside the transaction of a batch that changed what the stated figures hold. */
public record StatedFiguresChanged(long importId) {
}
