package com.holdspace.audit;

import org.springframework.modulith.NamedInterface;

/** What happened, in the words the audit log uses. */
@NamedInterface("api")
public enum AuditAction {

	/** A clinical record or a client's details shown on screen. */
	VIEW,

	/** A sheet laid out for paper. */
	PRINT,

	/** A record taken away as a file: a PDF, the audit log as CSV. */
	EXPORT,

	/** A record written or changed. */
	EDIT,

	/** A record signed: an intake completed, a consent signed, a session record signed, a plan handed over. */
	SIGN,

	/** An addition to a signed record. */
	AMEND,

	SIGN_IN,

	SIGN_IN_FAILED,

	SIGN_OUT,

	SECOND_FACTOR,

	SECOND_FACTOR_FAILED,

	/** Tries stopped by a rate limit, or a tablet signed out after wrong passwords. */
	LOCKOUT,

	/** A sign-in that ended by itself: idle too long, or past twelve hours. */
	TIMEOUT,

	/** A signed-in person refused a page or a record. */
	DENIED,

	/** A change to a staff account or its sign-in: role, password, second factor, sessions ended. */
	ACCOUNT,

	/** Something a client said that calls for a person to act now (an urgent aftercare check-in). */
	CONCERN,

	/** A retention decision: a record kept for now, a legal hold placed or lifted. */
	RETENTION,

	/** A client's record disposed of at the end of its retention, as an admin confirmed. */
	DISPOSE

}
