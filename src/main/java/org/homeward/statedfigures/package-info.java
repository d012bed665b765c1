/**
 * Stated figures (exchange contract, section 7): the headline numbers a source published, kept as a ledger of the
 * kernel's form, and checked against each other and against the same source's return records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Stated figures")
package org.homeward.statedfigures;
