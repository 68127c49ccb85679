package com.holdspace.waitlist;

/** Where an offered slot stands. */
public enum OfferStatus {

	/** Sent and not yet answered; it can still be booked until it expires. */
	OPEN,

	/** The client booked it from the link. */
	ACCEPTED,

	/** Someone else had the time when the client tried to book it. */
	TAKEN,

	/** Its time ran out, or the entry left the waitlist, before it was booked. */
	EXPIRED

}
