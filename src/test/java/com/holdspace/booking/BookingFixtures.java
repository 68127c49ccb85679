package com.holdspace.booking;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.holdspace.Fixtures;
import com.holdspace.TestClock;
import com.holdspace.staff.Role;
import com.holdspace.shared.ClinicTime;

/** Therapists with working hours, rooms and bookings, each test with its own so none collide. */
@Component
public class BookingFixtures {

	private final Fixtures fixtures;

	private final JdbcTemplate jdbc;

	private final ClinicTime clinicTime;

	private final BookingService bookings;

	BookingFixtures(Fixtures fixtures, JdbcTemplate jdbc, ClinicTime clinicTime, BookingService bookings) {
		this.fixtures = fixtures;
		this.jdbc = jdbc;
		this.clinicTime = clinicTime;
		this.bookings = bookings;
	}

	/** A therapist working every day from 09:00 to 17:00 clinic time; answers the account id. */
	public long therapist() {
		return therapistWorking(LocalTime.of(9, 0), LocalTime.of(17, 0));
	}

	public long therapistWorking(LocalTime from, LocalTime to) {
		long id = this.fixtures.staffId(this.fixtures.staffMember(Role.THERAPIST));
		workEveryDay(id, from, to);
		return id;
	}

	/** Gives an existing therapist working hours on every day of the week. */
	public void workEveryDay(long therapistId, LocalTime from, LocalTime to) {
		for (DayOfWeek day : DayOfWeek.values()) {
			this.jdbc.update("insert into working_hours (therapist_id, day_of_week, starts, ends) values (?, ?, ?, ?)",
					therapistId, day.getValue(), from, to);
		}
	}

	public long room() {
		return this.jdbc.queryForObject("insert into room (name) values (?) returning id", Long.class,
				"Room " + UUID.randomUUID().toString().substring(0, 8));
	}

	/** A site of its own, so that a day of the site shows only the therapists a test puts there. */
	public long site(String name) {
		return this.jdbc.queryForObject("insert into site (name) values (?) returning id", Long.class,
				name + " " + UUID.randomUUID().toString().substring(0, 8));
	}

	public long roomAt(long siteId) {
		return this.jdbc.queryForObject("insert into room (name, site_id) values (?, ?) returning id", Long.class,
				"Room " + UUID.randomUUID().toString().substring(0, 8), siteId);
	}

	/** A therapist at the site with that name, working every day from 09:00 to 17:00. */
	public long therapistAt(long siteId, String name) {
		long id = therapist();
		this.jdbc.update("update account set site_id = ?, display_name = ? where id = ?", siteId, name, id);
		return id;
	}

	public long type(String name) {
		return this.jdbc.queryForObject("select id from session_type where name = ?", Long.class, name);
	}

	public long standard() {
		return type("Standard session");
	}

	public long extended() {
		return type("Extended session");
	}

	/** A talk-only type (no touch), made once per call with its own name. */
	public long talkOnly() {
		return this.jdbc.queryForObject("""
				insert into session_type (name, duration_minutes, buffer_minutes, involves_touch)
				values (?, 30, 0, false) returning id""", Long.class,
				"Check-in call " + UUID.randomUUID().toString().substring(0, 8));
	}

	/** A clock time on a weekday some weeks ahead, in the clinic's zone. */
	public Instant at(int weeksAhead, DayOfWeek day, int hour, int minute) {
		LocalDate date = TestClock.today()
			.plusWeeks(weeksAhead)
			.with(TemporalAdjusters.next(day));
		return at(date, hour, minute);
	}

	public Instant at(LocalDate date, int hour, int minute) {
		return ZonedDateTime.of(date, LocalTime.of(hour, minute), this.clinicTime.zone()).toInstant();
	}

	public BookingView book(long clientId, long typeId, long therapistId, Long roomId, Instant startsAt) {
		return this.bookings.book(new BookingRequest(UUID.randomUUID(), clientId, typeId, therapistId, roomId, startsAt),
				new Actor(null, "Test desk"));
	}

	private static final java.util.concurrent.atomic.AtomicInteger IN_CARE = new java.util.concurrent.atomic.AtomicInteger();

	/**
	 * Puts the client in the therapist's care, as the desk would by booking them together: a booking
	 * months ahead (each call two hours after the last, in a room of its own at the therapist's site),
	 * its reminder marked sent so that nothing is mailed. Answers the booking's id.
	 */
	public long inCare(long clientId, long therapistId) {
		Instant startsAt = TestClock.current().plusSeconds(200L * 86_400 + IN_CARE.getAndIncrement() * 7_200L);
		long room = this.jdbc.queryForObject("""
				insert into room (name, site_id) values (?, (select site_id from account where id = ?)) returning id""",
				Long.class, "Care room " + UUID.randomUUID().toString().substring(0, 8), therapistId);
		return this.jdbc.queryForObject("""
				insert into booking (client_id, therapist_id, room_id, session_type_id, starts_at, ends_at, free_at,
				    calendar_uid, creation_token, reminder_due_at, reminder_sent_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, clientId, therapistId, room,
				standard(), java.sql.Timestamp.from(startsAt), java.sql.Timestamp.from(startsAt.plusSeconds(3_600)),
				java.sql.Timestamp.from(startsAt.plusSeconds(4_500)), UUID.randomUUID(), UUID.randomUUID(),
				java.sql.Timestamp.from(startsAt.minusSeconds(86_400)), java.sql.Timestamp.from(TestClock.current()));
	}

}
