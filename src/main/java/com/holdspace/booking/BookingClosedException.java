package com.holdspace.booking;

/** A cancelled, attended or missed booking cannot be moved or changed again. */
public class BookingClosedException extends RuntimeException {

	private final BookingStatus status;

	public BookingClosedException(Long bookingId, BookingStatus status) {
		super("Booking " + bookingId + " is " + status + " and cannot be changed");
		this.status = status;
	}

	public BookingStatus getStatus() {
		return this.status;
	}

}
