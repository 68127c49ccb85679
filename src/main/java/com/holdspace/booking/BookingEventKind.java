package com.holdspace.booking;

/** What happened to a booking, as kept in its history. */
public enum BookingEventKind {

	BOOKED, RESCHEDULED, CANCELLED, NO_SHOW, CHECKED_IN, BOOKED_FROM_WAITLIST

}
