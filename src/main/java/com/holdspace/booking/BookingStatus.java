package com.holdspace.booking;

import org.springframework.modulith.NamedInterface;

/** Where a booking stands. Only a cancelled booking frees its therapist and room. */
@NamedInterface("api")
public enum BookingStatus {

	BOOKED, CHECKED_IN, NO_SHOW, CANCELLED;

	public boolean isOpen() {
		return this == BOOKED;
	}

}
