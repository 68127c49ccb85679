package com.holdspace.waitlist;

import java.time.Duration;
import java.time.Instant;

import com.holdspace.booking.BookingChanged;
import com.holdspace.booking.BookingView;
import com.holdspace.booking.SessionTypeView;

/**
 * A therapist's time that has come free and may be offered to the waitlist: a cancelled booking's,
 * or an offer's that closed unbooked.
 *
 * @param therapistId whose time it is
 * @param roomId the room it was held in, tried first
 * @param sessionTypeId the session it was held for; an entry for the same type always fits
 * @param startsAt when the time starts
 * @param freeAt when the time ends, buffer included; a shorter type that ends by then fits too
 * @param excludedClientId the client who gave the time up, who is not offered it back
 */
record FreedSlot(long therapistId, long roomId, long sessionTypeId, Instant startsAt, Instant freeAt,
		long excludedClientId) {

	/** The time a cancelled booking held. */
	static FreedSlot of(BookingView cancelled) {
		return new FreedSlot(cancelled.therapistId(), cancelled.roomId(), cancelled.sessionTypeId(),
				cancelled.startsAt(), cancelled.freeAt(), cancelled.clientId());
	}

	/** The time a booking held before it was moved. */
	static FreedSlot of(BookingChanged.FreedTime moved) {
		return new FreedSlot(moved.therapistId(), moved.roomId(), moved.sessionTypeId(), moved.startsAt(),
				moved.freeAt(), moved.clientId());
	}

	/** The time an offer held, which its client did not book. */
	static FreedSlot of(WaitlistOffer closed, SessionTypeView type, long clientId) {
		return new FreedSlot(closed.getTherapistId(), closed.getRoomId(), closed.getSessionTypeId(),
				closed.getStartsAt(), closed.getStartsAt().plus(type.occupies()), clientId);
	}

	Duration span() {
		return Duration.between(this.startsAt, this.freeAt);
	}

}
