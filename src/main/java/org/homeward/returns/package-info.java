/**
 * The returns ledger: dated counts of people who came home, by category, origin, entry point, destination, sex
 * and age band, each naming its source; append-only and bitemporal, with daily aggregates kept as data arrives.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Returns")
package org.homeward.returns;
