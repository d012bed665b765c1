/**
 * Who may do what: users, roles, geographic scopes, API tokens, and the append-only audit trail of every write
 * and every failed login.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package org.homeward.access;
