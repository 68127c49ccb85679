package com.holdspace.session;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import com.holdspace.Fixtures;
import com.holdspace.TestClock;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.consent.ConsentFixtures;
import com.holdspace.intake.IntakeFixtures;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.staff.Role;

/**
 * A client ready for a session (a completed intake, signed consent) with their therapist and a
 * booking next week; {@link #onTheDay} moves the clock to a few minutes before it starts.
 */
@Component
public class SessionFixtures {

	private final Fixtures fixtures;

	private final BookingFixtures booking;

	private final IntakeFixtures intakes;

	private final ConsentFixtures consents;

	private final UserDetailsService users;

	private final TestClock clock;

	SessionFixtures(Fixtures fixtures, BookingFixtures booking, IntakeFixtures intakes, ConsentFixtures consents,
			UserDetailsService users, TestClock clock) {
		this.fixtures = fixtures;
		this.booking = booking;
		this.intakes = intakes;
		this.consents = consents;
		this.users = users;
		this.clock = clock;
	}

	/** Who is in the room, and when. */
	public record Setting(long clientId, String therapistLogin, long therapistId, long bookingId, Instant startsAt) {
	}

	/** A client with a completed intake and signed consent, booked for next week with a new therapist. */
	public Setting readyClientBooked() {
		Setting setting = unpreparedClientBooked();
		this.intakes.complete(setting.clientId(), setting.therapistId());
		this.consents.signTreatment(setting.clientId(), setting.therapistId());
		return setting;
	}

	/** A client booked for next week who has neither intake nor consent yet. */
	public Setting unpreparedClientBooked() {
		String login = this.fixtures.staffMember(Role.THERAPIST);
		long therapistId = this.fixtures.staffId(login);
		this.booking.workEveryDay(therapistId, LocalTime.of(9, 0), LocalTime.of(17, 0));
		long clientId = this.fixtures.client("Session Client");
		Instant startsAt = this.booking.at(1, DayOfWeek.WEDNESDAY, 10, 0);
		long bookingId = this.booking
			.book(clientId, this.booking.standard(), therapistId, this.booking.room(), startsAt)
			.id();
		return new Setting(clientId, login, therapistId, bookingId, startsAt);
	}

	/** Five minutes before the session starts. */
	public void onTheDay(Setting setting) {
		this.clock.moveTo(setting.startsAt().minusSeconds(300));
	}

	public UserDetails login(String email) {
		return this.users.loadUserByUsername(email);
	}

	public HoldspaceUser user(String email) {
		return (HoldspaceUser) this.users.loadUserByUsername(email);
	}

	public UserDetails staff(Role role) {
		return login(this.fixtures.staffMember(role));
	}

	public static UUID token() {
		return UUID.randomUUID();
	}

}
