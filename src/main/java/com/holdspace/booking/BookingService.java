package com.holdspace.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.holdspace.booking.SlotTakenException.Resource;
import com.holdspace.client.ClientService;
import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.ConstraintNames;
import com.holdspace.shared.NotFoundException;
import com.holdspace.shared.Refused;
import com.holdspace.shared.StaleEditException;
import com.holdspace.staff.StaffDirectory;
import com.holdspace.staff.StaffMember;

/**
 * Booking, moving, cancelling and closing sessions. Every change is written with a line of history
 * in one transaction. Whether a therapist or a room is free is decided by PostgreSQL's exclusion
 * constraints, so two people booking the same slot at the same moment cannot both succeed.
 */
@NamedInterface("api")
@Service
public class BookingService {

	/** How far ahead a session can be booked: a year, and a day for the same weekday next year. */
	static final java.time.Duration BOOKS_AHEAD = java.time.Duration.ofDays(366);

	/** A reason is kept in the booking's history for good: a few sentences, as the form says. */
	static final int CANCEL_REASON_MAX = 500;

	private static final int ANY_ROOM_ATTEMPTS = 3;

	private final BookingRepository bookings;

	private final BookingEventRepository events;

	private final Availability availability;

	private final ClientService clients;

	private final StaffDirectory staff;

	private final ClinicTime clinicTime;

	private final BookingProperties properties;

	private final ApplicationEventPublisher publisher;

	private final TransactionTemplate writes;

	private final TransactionTemplate reads;

	private final Clock clock;

	private final ClinicResources resources;

	private final ClientReadiness readiness;

	BookingService(BookingRepository bookings, BookingEventRepository events, Availability availability,
			ClientService clients, StaffDirectory staff, ClinicTime clinicTime, BookingProperties properties,
			ApplicationEventPublisher publisher, PlatformTransactionManager transactions, ClinicResources resources,
			ClientReadiness readiness) {
		this.resources = resources;
		this.readiness = readiness;
		this.bookings = bookings;
		this.events = events;
		this.availability = availability;
		this.clients = clients;
		this.staff = staff;
		this.clinicTime = clinicTime;
		this.properties = properties;
		this.publisher = publisher;
		this.writes = new TransactionTemplate(transactions);
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.clock = clinicTime.clock();
	}

	/**
	 * Books the session once per creation token. Refuses with {@link Refused} what
	 * the form can fix, and with {@link SlotTakenException}, carrying the nearest free starts, when
	 * the therapist or the room is already taken.
	 */
	public Booking book(BookingRequest request, Actor actor) {
		return book(request, actor, BookingEventKind.BOOKED);
	}

	/** As {@link #book(BookingRequest, Actor)}, recording how the booking came about. */
	public Booking book(BookingRequest request, Actor actor, BookingEventKind how) {
		Optional<Booking> already = findByCreationToken(request);
		if (already.isPresent()) {
			return sameFormOnly(already.get(), request);
		}
		this.clients.get(request.clientId());
		SessionType type = activeType(request.sessionTypeId());
		if (this.readiness.readiness(request.clientId()).blocks(type)) {
			throw new Refused("sessionTypeId", "booking.refused.on-hold");
		}
		Instant freeAt = checkSpan(request.therapistId(), type, request.startsAt());
		for (int attempt = 1;; attempt++) {
			Long roomId = chooseRoom(request.roomId(), request.therapistId(), type, request.startsAt(), freeAt, null);
			try {
				return insert(request, actor, how, type, roomId);
			}
			catch (DataIntegrityViolationException refused) {
				Optional<Booking> sameForm = findByCreationToken(request);
				if (sameForm.isPresent()) {
					return sameFormOnly(sameForm.get(), request);
				}
				// "any free room": someone took the room picked a moment ago; another may still be free
				boolean tryAnotherRoom = request.roomId() == null && takenResource(refused) == Resource.ROOM
						&& attempt < ANY_ROOM_ATTEMPTS;
				if (!tryAnotherRoom) {
					throw slotTaken(refused, request.therapistId(), type, request.startsAt(), roomId, null);
				}
			}
			catch (PessimisticLockingFailureException deadlocked) {
				// two bookings racing for one time can wait on each other's exclusion check, and
				// PostgreSQL fails one of them: it tries again and meets the other's booking as a plain conflict
				if (attempt >= ANY_ROOM_ATTEMPTS) {
					throw deadlocked;
				}
			}
		}
	}

	private Booking insert(BookingRequest request, Actor actor, BookingEventKind how, SessionType type, Long roomId) {
		return this.writes.execute(status -> this.bookings.findByCreationToken(request.creationToken())
			.orElseGet(() -> {
				Booking made = new Booking(request.creationToken(), request.clientId(), request.therapistId(), roomId,
						type, request.startsAt(), this.properties.reminderLead());
				made.skipReminderIfDueBy(this.clock.instant());
				Booking booking = this.bookings.saveAndFlush(made);
				recordAndPublish(booking, how, describe(booking, type), actor);
				return booking;
			}));
	}

	/**
	 * A repeated submission of one form returns what it booked. The same token with other answers
	 * (a form sent, then changed with the back button and sent again) is refused, not mistaken for it.
	 */
	private static Booking sameFormOnly(Booking booked, BookingRequest request) {
		boolean sameWho = booked.getClientId() == request.clientId()
				&& booked.getSessionTypeId() == request.sessionTypeId();
		// once moved or cancelled, the booking no longer matches its form's time; the form still made it
		boolean sameWhen = booked.getCalendarSequence() > 0 || booked.getTherapistId() == request.therapistId()
				&& booked.getStartsAt().equals(request.startsAt())
				&& (request.roomId() == null || booked.getRoomId() == request.roomId());
		if (!sameWho || !sameWhen) {
			throw new Refused("creationToken", "booking.refused.form-used");
		}
		return booked;
	}

	/** Moves an open booking to another start, and optionally another therapist or room. */
	public Booking reschedule(long bookingId, int editedVersion, long therapistId, Long roomId, Instant startsAt,
			Actor actor) {
		Booking current = this.reads.execute(status -> this.bookings.findById(bookingId)
			.orElseThrow(() -> new NotFoundException("Booking", bookingId)));
		SessionType type = this.resources.sessionType(current.getSessionTypeId());
		if (this.readiness.readiness(current.getClientId()).blocks(type)) {
			throw new Refused("startsAt", "booking.refused.on-hold");
		}
		Instant freeAt = checkSpan(therapistId, type, startsAt);
		Long room = chooseRoom(roomId, therapistId, type, startsAt, freeAt, bookingId);
		// the row as read is the edited version, or the change below refuses it as stale
		var freed = new BookingChanged.FreedTime(current.getClientId(), current.getTherapistId(), current.getRoomId(),
				current.getSessionTypeId(), current.getStartsAt(), current.getFreeAt());
		try {
			return change(bookingId, editedVersion, BookingEventKind.RESCHEDULED, actor, booking -> {
				String before = when(booking.getStartsAt()) + ", " + therapistName(booking.getTherapistId()) + ", "
						+ roomName(booking.getRoomId());
				booking.moveTo(therapistId, room, type, startsAt, this.properties.reminderLead());
				booking.skipReminderIfDueBy(this.clock.instant());
				return "From " + before + " to " + when(startsAt) + ", " + therapistName(therapistId) + ", "
						+ roomName(room);
			}, freed);
		}
		catch (DataIntegrityViolationException refused) {
			throw slotTaken(refused, therapistId, type, startsAt, room, bookingId);
		}
	}

	public Booking cancel(long bookingId, int editedVersion, String reason, Actor actor) {
		if (reason == null || reason.isBlank()) {
			throw new Refused("reason", "booking.refused.reason-missing");
		}
		if (reason.strip().length() > CANCEL_REASON_MAX) {
			throw new Refused("reason", "booking.refused.reason-too-long");
		}
		return change(bookingId, editedVersion, BookingEventKind.CANCELLED, actor, booking -> {
			booking.cancel(reason.strip());
			return reason.strip();
		});
	}

	/** The client has arrived. Only on the day of the session, and only while it is open. */
	public Booking checkIn(long bookingId, int editedVersion, Actor actor) {
		return change(bookingId, editedVersion, BookingEventKind.CHECKED_IN, actor, booking -> {
			// a session cancelled or marked "did not come" is closed, whichever day it was
			booking.requireOpen();
			LocalDate day = booking.getStartsAt().atZone(this.clinicTime.zone()).toLocalDate();
			if (!day.equals(LocalDate.now(this.clock))) {
				throw new Refused("status", "booking.refused.check-in-day");
			}
			booking.checkIn();
			return "";
		});
	}

	/** The client did not come. Only once the session should have started. */
	public Booking markNoShow(long bookingId, int editedVersion, Actor actor) {
		return change(bookingId, editedVersion, BookingEventKind.NO_SHOW, actor, booking -> {
			if (booking.getStartsAt().isAfter(this.clock.instant())) {
				throw new Refused("status", "booking.refused.no-show-early");
			}
			booking.markNoShow();
			return "";
		});
	}

	private Booking change(long bookingId, int editedVersion, BookingEventKind kind, Actor actor,
			Function<Booking, String> change) {
		return change(bookingId, editedVersion, kind, actor, change, null);
	}

	private Booking change(long bookingId, int editedVersion, BookingEventKind kind, Actor actor,
			Function<Booking, String> change, BookingChanged.FreedTime freed) {
		try {
			return this.writes.execute(status -> {
				Booking booking = this.bookings.findById(bookingId)
					.orElseThrow(() -> new NotFoundException("Booking", bookingId));
				if (booking.getVersion() != editedVersion) {
					throw new StaleEditException("Booking", bookingId);
				}
				String detail = change.apply(booking);
				this.bookings.saveAndFlush(booking);
				recordAndPublish(booking, kind, detail, actor, freed);
				return booking;
			});
		}
		catch (ObjectOptimisticLockingFailureException race) {
			throw new StaleEditException("Booking", bookingId);
		}
	}

	/** Writes the history line and lets listeners (messages, waitlist) react in this transaction. */
	void recordAndPublish(Booking booking, BookingEventKind kind, String detail, Actor actor) {
		recordAndPublish(booking, kind, detail, actor, null);
	}

	private void recordAndPublish(Booking booking, BookingEventKind kind, String detail, Actor actor,
			BookingChanged.FreedTime freed) {
		this.events.save(new BookingEvent(booking.getId(), kind, detail, actor, this.clock.instant()));
		this.publisher.publishEvent(new BookingChanged(booking.getId(), kind, freed));
	}

	private Optional<Booking> findByCreationToken(BookingRequest request) {
		return this.reads.execute(status -> this.bookings.findByCreationToken(request.creationToken()));
	}

	private SessionType activeType(long typeId) {
		// the types kept in memory: one retired on another instance a moment ago is refused within a second
		return this.resources.activeSessionTypes()
			.stream()
			.filter(type -> type.getId() == typeId)
			.findFirst()
			.orElseThrow(() -> new Refused("sessionTypeId", "booking.refused.type"));
	}

	/** Checks the start against the clock and the therapist's hours; answers when they are free again. */
	private Instant checkSpan(long therapistId, SessionType type, Instant startsAt) {
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

	private Long chooseRoom(Long roomId, long therapistId, SessionType type, Instant startsAt, Instant freeAt,
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

	private RuntimeException slotTaken(DataIntegrityViolationException refused, long therapistId, SessionType type,
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

	private String describe(Booking booking, SessionType type) {
		return type.getName() + " with " + therapistName(booking.getTherapistId()) + " in "
				+ roomName(booking.getRoomId()) + ", " + when(booking.getStartsAt());
	}

	private String when(Instant instant) {
		return this.clinicTime.dateTime(instant);
	}

	private String therapistName(long therapistId) {
		return this.staff.find(therapistId).map(StaffMember::displayName).orElse("?");
	}

	private String roomName(long roomId) {
		return this.resources.roomNames(Set.of(roomId)).getOrDefault(roomId, "?");
	}

}
