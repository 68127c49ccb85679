package com.holdspace.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.TestClock;
import com.holdspace.booking.SlotTakenException.Resource;
import com.holdspace.intake.IntakeFixtures;
import com.holdspace.shared.Refused;
import com.holdspace.shared.StaleEditException;

@IntegrationTest
class BookingServiceTests {

	@Autowired
	BookingService bookings;

	@Autowired
	BookingViews bookingViews;

	@Autowired
	ClientReadiness readiness;

	@Autowired
	BookingFixtures booking;

	@Autowired
	Fixtures fixtures;

	@Autowired
	IntakeFixtures intakes;

	@Autowired
	JdbcTemplate jdbc;

	private final Actor desk = new Actor(null, "Front desk");

	private long therapist;

	private long room;

	private long client;

	@BeforeEach
	void resources() {
		this.therapist = this.booking.therapist();
		this.room = this.booking.room();
		this.client = this.fixtures.client("Booked Client");
	}

	@Test
	void aBookingHoldsTherapistAndRoomUntilItsQuietTimeEnds() {
		Instant ten = this.booking.at(1, DayOfWeek.TUESDAY, 10, 0);

		BookingView made = this.booking.book(this.client, this.booking.standard(), this.therapist, this.room, ten);

		Booking stored = this.bookingViews.find(made.id());
		assertThat(stored.getEndsAt()).isEqualTo(ten.plus(Duration.ofMinutes(60)));
		assertThat(stored.getFreeAt()).isEqualTo(ten.plus(Duration.ofMinutes(70)));
		assertThat(stored.getStatus()).isEqualTo(BookingStatus.BOOKED);
		assertThat(this.bookingViews.history(made.id())).singleElement().satisfies(event -> {
			assertThat(event.getKind()).isEqualTo(BookingEventKind.BOOKED);
			assertThat(event.getActorName()).isEqualTo("Test desk");
			assertThat(event.getDetail()).contains("Standard session").contains("10:00");
		});
	}

	@Test
	void theTherapistCannotBeBookedDuringAnotherSessionsQuietTime() {
		Instant ten = this.booking.at(1, DayOfWeek.TUESDAY, 10, 0);
		this.booking.book(this.client, this.booking.standard(), this.therapist, this.room, ten);
		this.booking.therapist();
		long otherRoom = this.booking.room();
		long otherClient = this.fixtures.client("Second Client");

		assertThatThrownBy(() -> this.booking.book(otherClient, this.booking.standard(), this.therapist, otherRoom,
				ten.plus(Duration.ofMinutes(65))))
			.isInstanceOfSatisfying(SlotTakenException.class, taken -> {
				assertThat(taken.getTaken()).isEqualTo(Resource.THERAPIST);
				// the same therapist's nearest free starts, then other therapists free at the time asked for
				assertThat(taken.getAlternatives()).filteredOn(slot -> slot.therapistId() == this.therapist)
					.extracting(Slot::startsAt)
					.startsWith(ten.plus(Duration.ofMinutes(75)));
				assertThat(taken.getAlternatives()).filteredOn(slot -> slot.therapistId() != this.therapist)
					.extracting(Slot::startsAt)
					.containsOnly(ten.plus(Duration.ofMinutes(65)));
				// a colleague free at that time (at least the one made here) is offered too
				assertThat(taken.getAlternatives()).anyMatch(slot -> slot.therapistId() != this.therapist);
			});
		// the moment the quiet time ends, the therapist is free again
		BookingView next = this.booking.book(otherClient, this.booking.standard(), this.therapist, otherRoom,
				ten.plus(Duration.ofMinutes(70)));
		assertThat(next.id()).isNotNull();
	}

	@Test
	void aRoomCannotHoldTwoSessionsAtOnce() {
		Instant eleven = this.booking.at(1, DayOfWeek.WEDNESDAY, 11, 0);
		this.booking.book(this.client, this.booking.standard(), this.therapist, this.room, eleven);
		long otherTherapist = this.booking.therapist();

		assertThatThrownBy(() -> this.booking.book(this.fixtures.client("Room Clash"), this.booking.standard(),
				otherTherapist, this.room, eleven.plus(Duration.ofMinutes(30))))
			.isInstanceOfSatisfying(SlotTakenException.class,
					taken -> assertThat(taken.getTaken()).isEqualTo(Resource.ROOM));
	}

	@Test
	void theDatabaseItselfRefusesAnOverlap() {
		Instant nine = this.booking.at(1, DayOfWeek.THURSDAY, 9, 0);
		this.booking.book(this.client, this.booking.standard(), this.therapist, this.room, nine);

		assertThatThrownBy(() -> this.jdbc.update("""
				insert into booking (client_id, therapist_id, room_id, session_type_id, starts_at, ends_at, free_at,
				    calendar_uid, creation_token, reminder_due_at)
				values (?, ?, ?, ?, ?, ?, ?, gen_random_uuid(), gen_random_uuid(), ?)""", this.client, this.therapist,
				this.booking.room(), this.booking.standard(), java.sql.Timestamp.from(nine.plusSeconds(3600)),
				java.sql.Timestamp.from(nine.plusSeconds(7200)), java.sql.Timestamp.from(nine.plusSeconds(7200)),
				java.sql.Timestamp.from(nine)))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("booking_therapist_free");
	}

	@Test
	void aCancelledBookingFreesItsSlot() {
		Instant two = this.booking.at(1, DayOfWeek.FRIDAY, 14, 0);
		BookingView first = this.booking.book(this.client, this.booking.standard(), this.therapist, this.room, two);

		BookingView cancelled = this.bookings.cancel(first.id(), first.version(), "Client is unwell", this.desk);

		assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
		assertThat(cancelled.calendarSequence()).isEqualTo(1);
		BookingView again = this.booking.book(this.fixtures.client("Waiting Client"), this.booking.standard(),
				this.therapist, this.room, two);
		assertThat(again.status()).isEqualTo(BookingStatus.BOOKED);
		assertThat(this.bookingViews.history(first.id())).extracting(BookingEvent::getKind, BookingEvent::getDetail)
			.last()
			.isEqualTo(org.assertj.core.groups.Tuple.tuple(BookingEventKind.CANCELLED, "Client is unwell"));
	}

	@Test
	void aCancellationNeedsAReason() {
		BookingView made = this.booking.book(this.client, this.booking.standard(), this.therapist, this.room,
				this.booking.at(1, DayOfWeek.FRIDAY, 9, 0));

		assertThatThrownBy(() -> this.bookings.cancel(made.id(), made.version(), "  ", this.desk))
			.isInstanceOfSatisfying(Refused.class,
					refused -> assertThat(refused.field()).isEqualTo("reason"));
		assertThat(this.bookingViews.view(made.id()).status()).isEqualTo(BookingStatus.BOOKED);
	}

	@Test
	void aDoubleTappedBookButtonBooksOnce() {
		var request = new BookingRequest(UUID.randomUUID(), this.client, this.booking.standard(), this.therapist,
				this.room, this.booking.at(2, DayOfWeek.MONDAY, 9, 0));

		BookingView first = this.bookings.book(request, this.desk);
		BookingView second = this.bookings.book(request, this.desk);

		assertThat(second.id()).isEqualTo(first.id());
	}

	@Test
	void outsideWorkingHoursOnADayOffOrInThePastIsRefused() {
		long type = this.booking.standard();
		assertThatThrownBy(() -> this.booking.book(this.client, type, this.therapist, this.room,
				this.booking.at(1, DayOfWeek.MONDAY, 16, 30)))
			.isInstanceOfSatisfying(Refused.class,
					refused -> assertThat(refused.code()).isEqualTo("booking.refused.hours"));
		assertThatThrownBy(() -> this.booking.book(this.client, type, this.therapist, this.room,
				TestClock.current().minus(Duration.ofDays(1))))
			.isInstanceOfSatisfying(Refused.class,
					refused -> assertThat(refused.code()).isEqualTo("booking.refused.past"));
		Instant holiday = this.booking.at(3, DayOfWeek.MONDAY, 10, 0);
		LocalDate day = holiday.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate();
		this.jdbc.update("insert into time_off (therapist_id, first_day, last_day, reason) values (?, ?, ?, 'Holiday')",
				this.therapist, day, day);
		assertThatThrownBy(() -> this.booking.book(this.client, type, this.therapist, this.room, holiday))
			.isInstanceOf(Refused.class);
	}

	@Test
	void aHoldOnSomaticWorkRefusesTouchButAllowsATalkOnlySession() {
		this.intakes.completeWithReferAndPause(this.client, this.therapist);

		assertThatThrownBy(() -> this.booking.book(this.client, this.booking.standard(), this.therapist, this.room,
				this.booking.at(1, DayOfWeek.SATURDAY, 10, 0)))
			.isInstanceOfSatisfying(Refused.class,
					refused -> assertThat(refused.code()).isEqualTo("booking.refused.on-hold"));
		BookingView talk = this.booking.book(this.client, this.booking.talkOnly(), this.therapist, this.room,
				this.booking.at(1, DayOfWeek.SATURDAY, 10, 0));
		assertThat(talk.status()).isEqualTo(BookingStatus.BOOKED);
		assertThat(this.readiness.readiness(this.client).isOnHold()).isTrue();
	}

	@Test
	void reschedulingRaisesTheCalendarSequenceAndKeepsTheUid() {
		BookingView made = this.booking.book(this.client, this.booking.standard(), this.therapist, this.room,
				this.booking.at(1, DayOfWeek.SUNDAY, 10, 0));
		Instant later = this.booking.at(1, DayOfWeek.SUNDAY, 13, 0);

		BookingView moved = this.bookings.reschedule(made.id(), made.version(), this.therapist, this.room, later,
				this.desk);

		assertThat(moved.startsAt()).isEqualTo(later);
		assertThat(moved.calendarUid()).isEqualTo(made.calendarUid());
		assertThat(moved.calendarSequence()).isEqualTo(1);
		assertThat(this.bookingViews.history(made.id())).last()
			.satisfies(event -> assertThat(event.getDetail()).contains("10:00").contains("13:00"));
		assertThatThrownBy(() -> this.bookings.reschedule(made.id(), made.version(), this.therapist, this.room,
				later.plus(Duration.ofHours(1)), this.desk))
			.isInstanceOf(StaleEditException.class);
	}

	@Test
	void aBookingMayMoveIntoTimeItAlreadyHolds() {
		Instant ten = this.booking.at(2, DayOfWeek.TUESDAY, 10, 0);
		BookingView made = this.booking.book(this.client, this.booking.extended(), this.therapist, this.room, ten);

		BookingView moved = this.bookings.reschedule(made.id(), made.version(), this.therapist, this.room,
				ten.plus(Duration.ofMinutes(30)), this.desk);

		assertThat(moved.startsAt()).isEqualTo(ten.plus(Duration.ofMinutes(30)));
	}

	@Test
	void noShowOnlyOnceTheSessionShouldHaveStartedAndCheckInOnlyOnTheDay() {
		BookingView future = this.booking.book(this.client, this.booking.standard(), this.therapist, this.room,
				this.booking.at(2, DayOfWeek.WEDNESDAY, 10, 0));
		assertThatThrownBy(() -> this.bookings.markNoShow(future.id(), future.version(), this.desk))
			.isInstanceOfSatisfying(Refused.class,
					refused -> assertThat(refused.code()).isEqualTo("booking.refused.no-show-early"));
		assertThatThrownBy(() -> this.bookings.checkIn(future.id(), future.version(), this.desk))
			.isInstanceOfSatisfying(Refused.class,
					refused -> assertThat(refused.code()).isEqualTo("booking.refused.check-in-day"));

		this.jdbc.update("""
				update booking set starts_at = %1$s - interval '5 minutes', ends_at = %1$s + interval '55 minutes',
				    free_at = %1$s + interval '65 minutes' where id = ?""".formatted(TestClock.sqlNow()), future.id());
		BookingView missed = this.bookings.markNoShow(future.id(), future.version(), this.desk);

		assertThat(missed.status()).isEqualTo(BookingStatus.NO_SHOW);
		assertThatThrownBy(() -> this.bookings.checkIn(missed.id(), missed.version(), this.desk))
			.isInstanceOf(BookingClosedException.class);
	}

	@Test
	void aSessionBookedInsideTheReminderLeadGetsNoSeparateReminderButOneFurtherAwayDoes() {
		// the next 10:00 or 15:00 on the clinic's clock is never more than 19 hours away, and a
		// standard session at either ends with its quiet time before the fixture's 17:00
		LocalDate today = TestClock.today();
		Instant soon = java.util.stream.Stream
			.of(this.booking.at(today, 10, 0), this.booking.at(today, 15, 0), this.booking.at(today.plusDays(1), 10, 0),
					this.booking.at(today.plusDays(1), 15, 0))
			.filter(start -> start.isAfter(TestClock.current().plus(Duration.ofMinutes(10))))
			.findFirst()
			.orElseThrow();
		Instant later = this.booking.at(2, DayOfWeek.THURSDAY, 10, 0);

		BookingView close = this.booking.book(this.client, this.booking.standard(), this.therapist, this.room, soon);
		BookingView far = this.booking.book(this.client, this.booking.standard(), this.therapist, this.room, later);

		assertThat(this.bookingViews.find(close.id()).getReminderSentAt()).isNotNull();
		assertThat(this.bookingViews.find(far.id()).getReminderSentAt()).isNull();
		assertThat(this.bookingViews.find(far.id()).getReminderDueAt()).isEqualTo(later.minus(Duration.ofHours(24)));
	}

	@Test
	void aFormSentAgainWithOtherDetailsIsRefusedInsteadOfAnsweringWithTheFirstBooking() {
		UUID token = UUID.randomUUID();
		Instant nine = this.booking.at(2, DayOfWeek.FRIDAY, 9, 0);
		BookingView first = this.bookings.book(
				new BookingRequest(token, this.client, this.booking.standard(), this.therapist, this.room, nine), this.desk);

		assertThatThrownBy(() -> this.bookings.book(new BookingRequest(token, this.client, this.booking.standard(),
				this.therapist, this.room, nine.plus(Duration.ofHours(2))), this.desk))
			.isInstanceOfSatisfying(Refused.class,
					refused -> assertThat(refused.code()).isEqualTo("booking.refused.form-used"));
		assertThat(this.bookingViews.view(first.id()).startsAt()).isEqualTo(nine);
	}

}
