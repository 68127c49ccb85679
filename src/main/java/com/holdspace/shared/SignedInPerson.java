package com.holdspace.shared;

/**
 * What any feature may know about whoever is signed in, without depending on how accounts are
 * kept: their account, their role's name and, for a client, their client record.
 */
public interface SignedInPerson {

	long getAccountId();

	/** The name shown at the top of every page. */
	String getDisplayName();

	String getRoleName();

	/** The client record of a portal login; {@code null} for staff. */
	Long getClientId();

}
