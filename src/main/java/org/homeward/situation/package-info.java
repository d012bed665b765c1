/**
 * The situation around the returns: camps (population and humanitarian access over time), legal acts such as
 * amnesties, coordination actions (working groups, conferences, convoys) and aid deliveries; all with history.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Situation")
package org.homeward.situation;
