/**
 * Import and export in the partners' formats: HXL-tagged CSV and XLSX, JSON; all-or-nothing imports with a
 * report naming every bad row, and idempotent retries (see the exchange contract).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange")
package org.homeward.exchange;
