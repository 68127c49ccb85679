package com.holdspace.booking;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/** A booking with the names that go with it, for calendars, pages, emails and feeds. */
@NamedInterface("api")
public record BookingView(long id, int version, long clientId, String clientName, long therapistId,
		String therapistName, long roomId, String roomName, long sessionTypeId, String sessionTypeName,
		Instant startsAt, Instant endsAt, Instant freeAt, BookingStatus status, String cancelReason, UUID calendarUid,
		int calendarSequence, boolean bookedOnline, Instant unconfirmedUntil) {

	/** A new client's online booking that still waits for the emailed link. */
	public boolean isUnconfirmed() {
		return this.unconfirmedUntil != null && isOpen();
	}

	public boolean isOpen() {
		return this.status.isOpen();
	}

	public boolean isCancelled() {
		return this.status == BookingStatus.CANCELLED;
	}

}
