/**
 * Household registrations (exchange contract, section 5): one person of one household as one source registered
 * them on their return, a ledger of the kernel's form. What names a person is kept only encrypted, with a key
 * from configuration, and never leaves the module in an answer, a log or a metric.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registrations")
package org.homeward.registrations;
