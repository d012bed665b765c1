package org.homeward.access;

/** What a user may do in Homeward. */
public enum Role {

	/** Manages users, scopes, tokens and settings. */
	ADMIN,
	/** Sees and edits everything, issues briefings. */
	COORDINATOR,
	/** Reads and writes only inside the admin units and entry points of their scope. */
	DATA_OFFICER,
	/** Reads every aggregate figure, no personal data. */
	ANALYST,
	/** A partner agency: reads aggregates, writes as its own source only. */
	PARTNER
}
