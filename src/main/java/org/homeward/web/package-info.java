/**
 * Layout, navigation, language, error handling and the database outage filter, shared by every module.
 * Modules throw {@link org.homeward.web.ProblemException}s; one advice turns them into RFC 9457 problem details.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.homeward.web;
