/**
 * The country's places: the administrative tree with OCHA p-codes (country, governorates, districts,
 * sub-districts, communities), entry points and camps, and the ISO list of host countries.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Geography")
package org.homeward.geography;
