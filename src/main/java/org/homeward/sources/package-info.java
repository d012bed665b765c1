/**
 * The registry of organisations that report figures (the headquarters, UN agencies, NGOs, ministries);
 * every figure in Homeward names its source, and one source is the instance's primary one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sources")
package org.homeward.sources;
