package com.holdspace.booking;

import java.time.LocalTime;

/**
 * A booking or a free start on a calendar day. A free entry carries what the booking form needs:
 * the therapist and room that are free, and the local start; {@code until} is the end of the free
 * stretch on a room calendar.
 */
public record CalendarEntry(LocalTime time, BookingView booking, Long therapistId, Long roomId, LocalTime until,
		boolean onHold) {

	/** {@code onHold}: a session with touch for a client whose somatic work has been put on hold since. */
	static CalendarEntry booked(LocalTime time, BookingView booking, boolean onHold) {
		return new CalendarEntry(time, booking, booking.therapistId(), booking.roomId(), null, onHold);
	}

	static CalendarEntry free(LocalTime time, Long therapistId, Long roomId, LocalTime until) {
		return new CalendarEntry(time, null, therapistId, roomId, until, false);
	}

	public boolean isFree() {
		return this.booking == null;
	}

}
