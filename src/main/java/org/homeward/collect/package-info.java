/**
 * Field collection (exchange contract, section 6): Homeward as an OpenRosa server that ODK Collect, Enketo and
 * ODK Web Forms use as they are. Forms are made from Homeward's own reference data, limited to the user's area;
 * a submission becomes a record through the same ledger, rules, scope and audit as any import.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Field collection")
package org.homeward.collect;
