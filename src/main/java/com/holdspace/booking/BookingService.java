package com.holdspace.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.NotFoundException;
import com.holdspace.shared.Refused;
import com.holdspace.shared.StaleEditException;

/**
 * Booking, moving, cancelling and closing sessions. Every change is written with a line of history
 * in one transaction. Whether a therapist or a room is free is decided by PostgreSQL's exclusion
 * constraints, so two people booking the same slot at the same moment cannot both succeed.
 */
@NamedInterface("api")
@Service
public class BookingService {

	/** A reason is kept in the booking's history for good: a few sentences, as the form says. */
	static final int CANCEL_REASON_MAX = 500;

	private static final int ANY_ROOM_ATTEMPTS = 3;

	static final String LAPSED_HOLD = "Not confirmed in time by the emailed link";

	/** Who releases a hold nobody confirmed: the clinic's own software, not the client. */
	private static final Actor LAPSE = new Actor(null, "Holdspace, when the emailed link was not opened in time");

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BookingService.class);

	private final BookingRepository bookings;

	private final BookingChecks checks;

	private final BookingHistory history;

	private final BookingViews views;

	private final BookingProperties properties;

	private final ClinicTime clinicTime;

	private final Clock clock;

	private final TransactionTemplate writes;

	private final TransactionTemplate reads;

	BookingService(BookingRepository bookings, BookingChecks checks, BookingHistory history, BookingViews views,
			BookingProperties properties, ClinicTime clinicTime,
			PlatformTransactionManager transactions) {
		this.bookings = bookings;
		this.checks = checks;
		this.history = history;
		this.views = views;
		this.properties = properties;
		this.clinicTime = clinicTime;
		this.clock = clinicTime.clock();
		this.writes = new TransactionTemplate(transactions);
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
	}

	/**
	 * Books the session once per creation token and answers it with its names. Refuses with {@link Refused} what
	 * the form can fix, and with {@link SlotTakenException}, carrying the nearest free starts, when
	 * the therapist or the room is already taken.
	 */
	public BookingView book(BookingRequest request, Actor actor) {
		return book(request, actor, BookingEventKind.BOOKED);
	}

	/** As {@link #book(BookingRequest, Actor)}, recording how the booking came about. */
	public BookingView book(BookingRequest request, Actor actor, BookingEventKind how) {
		return this.views.view(booked(request, actor, how));
	}

	/**
	 * Books as {@link #book(BookingRequest, Actor)} does, for the client themself online. With
	 * {@code heldUntil} the booking only holds the time until the client confirms it
	 * ({@link #confirmOnline(long)}); one left unconfirmed is cancelled after that moment.
	 */
	public BookingView bookOnline(BookingRequest request, Instant heldUntil) {
		return this.views.view(booked(request, Actor.CLIENT_ONLINE, BookingEventKind.BOOKED, heldUntil, true));
	}

	private Booking booked(BookingRequest request, Actor actor, BookingEventKind how) {
		return booked(request, actor, how, null, false);
	}

	private Booking booked(BookingRequest request, Actor actor, BookingEventKind how, Instant heldUntil,
			boolean online) {
		Optional<Booking> already = findByCreationToken(request);
		if (already.isPresent()) {
			return sameFormOnly(already.get(), request);
		}
		this.checks.requireClient(request.clientId());
		SessionType type = this.checks.activeType(request.sessionTypeId());
		this.checks.requireNotOnHold(request.clientId(), type, "sessionTypeId");
		Instant freeAt = this.checks.checkSpan(request.therapistId(), type, request.startsAt());
		for (int attempt = 1;; attempt++) {
			Long roomId = this.checks.chooseRoom(request.roomId(), request.therapistId(), type, request.startsAt(), freeAt, null);
			try {
				return insert(request, actor, how, type, roomId, heldUntil, online);
			}
			catch (DataIntegrityViolationException refused) {
				Optional<Booking> sameForm = findByCreationToken(request);
				if (sameForm.isPresent()) {
					return sameFormOnly(sameForm.get(), request);
				}
				// "any free room": someone took the room picked a moment ago; another may still be free
				boolean tryAnotherRoom = request.roomId() == null
						&& BookingChecks.takenResource(refused) == SlotTakenException.Resource.ROOM
						&& attempt < ANY_ROOM_ATTEMPTS;
				if (!tryAnotherRoom) {
					throw this.checks.slotTaken(refused, request.therapistId(), type, request.startsAt(), roomId, null);
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

	private Booking insert(BookingRequest request, Actor actor, BookingEventKind how, SessionType type, Long roomId,
			Instant heldUntil, boolean online) {
		return this.writes.execute(status -> this.bookings.findByCreationToken(request.creationToken())
			.orElseGet(() -> {
				Booking made = new Booking(request.creationToken(), request.clientId(), request.therapistId(), roomId,
						type, request.startsAt(), this.properties.reminderLead());
				made.skipReminderIfDueBy(this.clock.instant());
				if (online) {
					made.bookedOnline(heldUntil);
				}
				Booking booking = this.bookings.saveAndFlush(made);
				this.history.record(booking, how, this.history.described(booking, type), actor);
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
	public BookingView reschedule(long bookingId, int editedVersion, long therapistId, Long roomId, Instant startsAt,
			Actor actor) {
		Booking current = this.views.find(bookingId);
		SessionType type = this.checks.typeOf(current);
		this.checks.requireNotOnHold(current.getClientId(), type, "startsAt");
		Instant freeAt = this.checks.checkSpan(therapistId, type, startsAt);
		Long room = this.checks.chooseRoom(roomId, therapistId, type, startsAt, freeAt, bookingId);
		// the row as read is the edited version, or the change below refuses it as stale
		var freed = new BookingChanged.FreedTime(current.getClientId(), current.getTherapistId(), current.getRoomId(),
				current.getSessionTypeId(), current.getStartsAt(), current.getFreeAt());
		try {
			return change(bookingId, editedVersion, BookingEventKind.RESCHEDULED, actor, booking -> {
				String before = this.history.where(booking.getTherapistId(), booking.getRoomId(),
						booking.getStartsAt());
				booking.moveTo(therapistId, room, type, startsAt, this.properties.reminderLead());
				booking.skipReminderIfDueBy(this.clock.instant());
				return "From " + before + " to " + this.history.where(therapistId, room, startsAt);
			}, freed);
		}
		catch (DataIntegrityViolationException refused) {
			throw this.checks.slotTaken(refused, therapistId, type, startsAt, room, bookingId);
		}
	}

	public BookingView cancel(long bookingId, int editedVersion, String reason, Actor actor) {
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

	/** The new client opened the emailed link: their held time becomes their booking. */
	public BookingView confirmOnline(long bookingId) {
		Booking held = this.views.find(bookingId);
		if (held.getUnconfirmedUntil() == null || !held.getStatus().isOpen()) {
			// confirmed already, or cancelled at the desk meanwhile: the page says where it stands
			return this.views.view(held);
		}
		return change(bookingId, held.getVersion(), BookingEventKind.CONFIRMED_ONLINE, Actor.CLIENT_ONLINE, booking -> {
			if (!booking.getUnconfirmedUntil().isAfter(this.clock.instant())) {
				throw Refused.because("booking.refused.hold-lapsed");
			}
			booking.confirm();
			return "";
		});
	}

	/**
	 * Cancels the online holds whose link was not opened in time, freeing their time. Answers how
	 * many lapsed.
	 */
	public int releaseLapsedHolds() {
		List<Long> lapsed = this.reads.execute(status -> this.bookings.findLapsedHolds(this.clock.instant()));
		int released = 0;
		for (long id : lapsed) {
			try {
				Booking held = this.views.find(id);
				change(id, held.getVersion(), BookingEventKind.CANCELLED, LAPSE, booking -> {
					booking.cancel(LAPSED_HOLD);
					return LAPSED_HOLD;
				});
				released++;
			}
			catch (StaleEditException | BookingClosedException confirmedMeanwhile) {
				// confirmed or cancelled a moment ago: nothing to release
			}
			catch (RuntimeException failed) {
				// one booking that cannot be released now must not keep the others' times held
				log.warn("Online hold on booking {} not released: {}", id, failed.getMessage());
			}
		}
		return released;
	}

	/** The client has arrived. Only on the day of the session, and only while it is open. */
	public BookingView checkIn(long bookingId, int editedVersion, Actor actor) {
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
	public BookingView markNoShow(long bookingId, int editedVersion, Actor actor) {
		return change(bookingId, editedVersion, BookingEventKind.NO_SHOW, actor, booking -> {
			if (booking.getStartsAt().isAfter(this.clock.instant())) {
				throw new Refused("status", "booking.refused.no-show-early");
			}
			booking.markNoShow();
			return "";
		});
	}

	private BookingView change(long bookingId, int editedVersion, BookingEventKind kind, Actor actor,
			Function<Booking, String> change) {
		return change(bookingId, editedVersion, kind, actor, change, null);
	}

	private BookingView change(long bookingId, int editedVersion, BookingEventKind kind, Actor actor,
			Function<Booking, String> change, BookingChanged.FreedTime freed) {
		try {
			return this.views.view(this.writes.execute(status -> {
				Booking booking = this.bookings.findById(bookingId)
					.orElseThrow(() -> new NotFoundException("Booking", bookingId));
				if (booking.getVersion() != editedVersion) {
					throw new StaleEditException("Booking", bookingId);
				}
				String detail = change.apply(booking);
				this.bookings.saveAndFlush(booking);
				this.history.record(booking, kind, detail, actor, freed);
				return booking;
			}));
		}
		catch (ObjectOptimisticLockingFailureException race) {
			throw new StaleEditException("Booking", bookingId);
		}
	}

	private Optional<Booking> findByCreationToken(BookingRequest request) {
		return this.reads.execute(status -> this.bookings.findByCreationToken(request.creationToken()));
	}

}
