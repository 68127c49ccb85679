package com.holdspace.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.holdspace.shared.ClinicTime;
import com.holdspace.staff.StaffDirectory;
import com.holdspace.staff.StaffMember;

/**
 * The booking's history: a line for every change, in words the desk reads later, written in the
 * change's own transaction, and the event that lets messages and the waiting list react to it.
 */
@Component
class BookingHistory {

	private final BookingEventRepository events;

	private final ApplicationEventPublisher publisher;

	private final StaffDirectory staff;

	private final ClinicResources resources;

	private final ClinicTime clinicTime;

	private final Clock clock;

	BookingHistory(BookingEventRepository events, ApplicationEventPublisher publisher, StaffDirectory staff,
			ClinicResources resources, ClinicTime clinicTime) {
		this.events = events;
		this.publisher = publisher;
		this.staff = staff;
		this.resources = resources;
		this.clinicTime = clinicTime;
		this.clock = clinicTime.clock();
	}

	void record(Booking booking, BookingEventKind kind, String detail, Actor actor) {
		record(booking, kind, detail, actor, null);
	}

	/** As {@link #record(Booking, BookingEventKind, String, Actor)}, with the time a move or cancel freed. */
	void record(Booking booking, BookingEventKind kind, String detail, Actor actor, BookingChanged.FreedTime freed) {
		this.events.save(new BookingEvent(booking.getId(), kind, detail, actor, this.clock.instant()));
		this.publisher.publishEvent(new BookingChanged(booking.getId(), kind, freed));
	}

	/** "Standard session with Sam in Room 1, Mon 7 Dec 14:00": what was booked. */
	String described(Booking booking, SessionType type) {
		return type.getName() + " with " + place(booking.getTherapistId(), booking.getRoomId(), booking.getStartsAt());
	}

	/** "Mon 7 Dec 14:00, Sam, Room 1": where and when, for a move's before and after. */
	String where(long therapistId, Long roomId, Instant startsAt) {
		return this.clinicTime.dateTime(startsAt) + ", " + therapistName(therapistId) + ", " + roomName(roomId);
	}

	private String place(long therapistId, Long roomId, Instant startsAt) {
		return therapistName(therapistId) + " in " + roomName(roomId) + ", " + this.clinicTime.dateTime(startsAt);
	}

	private String therapistName(long therapistId) {
		return this.staff.find(therapistId).map(StaffMember::displayName).orElse("?");
	}

	private String roomName(Long roomId) {
		return (roomId == null) ? "?" : this.resources.roomNames(Set.of(roomId)).getOrDefault(roomId, "?");
	}

}
