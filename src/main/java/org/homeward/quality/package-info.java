/**
 * Quality of the ledgers' figures as DHIS2 checks them: outliers against each place's own history, validation
 * rules between figures, completeness and timeliness per source and area, and sources that fell silent.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quality")
package org.homeward.quality;
