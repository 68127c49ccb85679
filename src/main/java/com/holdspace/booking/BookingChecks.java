package com.holdspace.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import com.holdspace.booking.SlotTakenException.Resource;
import com.holdspace.client.ClientService;
import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.ConstraintNames;
import com.holdspace.shared.Refused;
import com.holdspace.staff.StaffDirectory;

/**
 * What a booking must pass before it is written: a type still offered, a client not on hold for
 * touch, a therapist at work, a start in the bookable future, a room at the therapist's site. The
 * last word on a free slot stays with PostgreSQL; this reads its refusal back as the form's message.
 */
@Component
class BookingChecks {

	/** How far ahead a session can be booked: a year, and a day for the same weekday next year. */
	static final Duration BOOKS_AHEAD = Duration.ofDays(366);

	private final Availability availability;

	private final StaffDirectory staff;

	private final ClinicResources resources;

	private final ClientReadiness readiness;

	private final ClientService clients;

	private final Clock clock;

	BookingChecks(Availability availability, StaffDirectory staff, ClinicResources resources,
			ClientReadiness readiness, ClientService clients, ClinicTime clinicTime) {
		this.availability = availability;
		this.staff = staff;
		this.resources = resources;
		this.readiness = readiness;
		this.clients = clients;
		this.clock = clinicTime.clock();
	}

	/** Refuses, as not found, a booking for someone who is no client. */
	void requireClient(long clientId) {
		this.clients.get(clientId);
	}

	/** The type a booking was made for, offered still or not: a move keeps it. */
	SessionType typeOf(Booking booking) {
		return this.resources.sessionType(booking.getSessionTypeId());
	}

	SessionType activeType(long typeId) {
		// the types kept in memory: one retired on another instance a moment ago is refused within a second
		return this.resources.activeSessionTypes()
			.stream()
			.filter(type -> type.getId() == typeId)
			.findFirst()
			.orElseThrow(() -> new Refused("sessionTypeId", "booking.refused.type"));
	}

	/** A hold on somatic work refuses every session with touch, whoever books it. */
	void requireNotOnHold(long clientId, SessionType type, String field) {
		if (this.readiness.readiness(clientId).blocks(type)) {
			throw new Refused(field, "booking.refused.on-hold");
		}
	}

	/** Checks the start against the clock and the therapist's hours; answers when they are free again. */
	Instant checkSpan(long therapistId, SessionType type, Instant startsAt) {
		if (!this.staff.isActiveTherapist(therapistId)) {
			throw new Refused("therapistId", "booking.refused.therapist");
		}
		if (startsAt == null) {
			throw new Refused("startsAt", "booking.refused.start-missing");
		}
		if (startsAt.isBefore(this.clock.instant())) {
			throw new Refused("startsAt", "booking.refused.past");
		}
		if (startsAt.isAfter(this.clock.instant().plus(BOOKS_AHEAD))) {
			throw new Refused("startsAt", "booking.refused.too-far");
		}
		Instant freeAt = startsAt.plus(type.occupies());
		if (!this.availability.withinWorkingHours(therapistId, startsAt, freeAt)) {
			throw new Refused("startsAt", "booking.refused.hours");
		}
		return freeAt;
	}

	/** The room asked for, if it is active and at the therapist's site, else a free one there. */
	Long chooseRoom(Long roomId, long therapistId, SessionType type, Instant startsAt, Instant freeAt,
			Long ignoreBookingId) {
		if (roomId != null) {
			Room room = this.resources.activeRooms()
				.stream()
				.filter(active -> active.getId().equals(roomId))
				.findFirst()
				.orElse(null);
			if (room == null) {
				throw new Refused("roomId", "booking.refused.room");
			}
			if (!this.staff.siteOf(therapistId).map(site -> site == room.getSiteId()).orElse(false)) {
				throw new Refused("roomId", "booking.refused.roomSite");
			}
			return roomId;
		}
		return this.availability.freeRoom(therapistId, startsAt, freeAt, null, ignoreBookingId)
			.orElseThrow(() -> new SlotTakenException(
					this.availability.therapistBusy(therapistId, startsAt, freeAt, ignoreBookingId) ? Resource.THERAPIST
							: Resource.ROOM,
					this.availability.alternatives(therapistId, type, startsAt, null, ignoreBookingId)));
	}

	/** PostgreSQL's refusal of a booking, as the desk reads it: taken, with the nearest free starts. */
	RuntimeException slotTaken(DataIntegrityViolationException refused, long therapistId, SessionType type,
			Instant startsAt, Long roomId, Long ignoreBookingId) {
		if (ConstraintNames.violated(refused, "booking_room_at_therapist_site")) {
			// the room or the therapist moved site between the check and the write
			return new Refused("roomId", "booking.refused.roomSite");
		}
		Resource taken = takenResource(refused);
		if (taken == null) {
			return refused;
		}
		return new SlotTakenException(taken,
				this.availability.alternatives(therapistId, type, startsAt, roomId, ignoreBookingId));
	}

	/** Which exclusion constraint refused the row, read from PostgreSQL's message. */
	static Resource takenResource(Throwable refused) {
		for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage());
			if (message.contains("booking_therapist_free")) {
				return Resource.THERAPIST;
			}
			if (message.contains("booking_room_free")) {
				return Resource.ROOM;
			}
		}
		return null;
	}

}
