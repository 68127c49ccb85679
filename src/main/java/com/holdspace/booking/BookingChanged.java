package com.holdspace.booking;

import org.springframework.modulith.NamedInterface;

/**
 * Published inside the transaction that changed a booking. Listeners that must never disagree
 * with the booking (the outgoing-message queue) listen in the same transaction; others after commit.
 *
 * @param freed the time the booking held before it was moved, which is free again; null for every
 * other change (a cancelled booking's own time says what it freed)
 */
@NamedInterface("api")
public record BookingChanged(long bookingId, BookingEventKind kind, FreedTime freed) {

	public BookingChanged(long bookingId, BookingEventKind kind) {
		this(bookingId, kind, null);
	}

	/** The therapist's and room's time a moved booking gave up. */
	public record FreedTime(long clientId, long therapistId, long roomId, long sessionTypeId,
			java.time.Instant startsAt, java.time.Instant freeAt) {
	}

}
