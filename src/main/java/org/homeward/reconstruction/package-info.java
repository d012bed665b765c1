/**
 * Reconstruction: facilities (schools, bakeries, water stations, homes, ...) in their settlements and the history
 * of their status, append-only and bitemporal like the returns ledger; what was put into operation and what works
 * are under way.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reconstruction")
package org.homeward.reconstruction;
