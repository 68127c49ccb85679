package com.holdspace.booking;

import org.springframework.modulith.NamedInterface;

/** What happened to a booking, as kept in its history. */
@NamedInterface("api")
public enum BookingEventKind {

	BOOKED, RESCHEDULED, CANCELLED, NO_SHOW, CHECKED_IN, BOOKED_FROM_WAITLIST,

	/** A new client's online booking, confirmed by the link emailed to them. */
	CONFIRMED_ONLINE

}
