package com.holdspace.booking;

/** Where a booking stands. Only a cancelled booking frees its therapist and room. */
public enum BookingStatus {

	BOOKED, CHECKED_IN, NO_SHOW, CANCELLED;

	public boolean isOpen() {
		return this == BOOKED;
	}

}
