package com.holdspace.waitlist;

/** Where a waitlist entry stands. */
public enum WaitlistStatus {

	/** Still hoping for a time; freed slots are offered to it. */
	WAITING,

	/** Booked through an offer. */
	BOOKED,

	/** Taken off the list by staff. */
	REMOVED

}
