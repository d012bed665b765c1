/**
 * The briefing: the figures "as of" a day and "over the past N days", and the text the headquarters publishes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Briefing")
package org.homeward.briefing;
