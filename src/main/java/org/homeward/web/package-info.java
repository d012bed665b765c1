/**
 * Layout, navigation, error handling and the database as repositories see it, shared by every module.
 * Modules throw {@link org.homeward.web.ProblemException}s; one advice turns them into RFC 9457 problem details.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.homeward.web;
