package com.holdspace.portal;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.TestClock;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.intake.IntakeFixtures;
import com.holdspace.messaging.MessagingFixtures;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.staff.Role;

/**
 * A returning client books, moves and cancels their own sessions: only the types offered to them
 * online, never touch while their somatic work is on hold (and never a word of why), only their own
 * bookings, and only while the start is further away than the clinic's notice period. Every change
 * is the client's in the history, mailed with its calendar invitation, and in the audit log.
 */
@IntegrationTest
class MyBookingsTests {

	/** A word the page must never say to a client on hold; "Holdspace" itself is the product's name. */
	private static final String HOLD_WORD = "(?is).*\\bhold\\b.*";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	BookingFixtures booking;

	@Autowired
	IntakeFixtures intakes;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	MessagingFixtures messaging;

	@Test
	void aDoubleTappedBookingBooksOnceOnlineInTheClientsNameWithItsInvitationAndAuditLine() throws Exception {
		var me = client("Rosalind Okonkwo");
		long therapist = this.booking.therapist();
		this.booking.room();
		Instant startsAt = this.booking.at(2, DayOfWeek.TUESDAY, 10, 0);
		UUID token = UUID.randomUUID();

		for (int tap = 0; tap < 2; tap++) {
			this.mvc.perform(book(me, token, this.booking.standard(), therapist, startsAt))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/me/bookings"));
		}

		List<Map<String, Object>> made = this.jdbc.queryForList(
				"select id, booked_online, unconfirmed_until from booking where client_id = ?", me.getClientId());
		assertThat(made).hasSize(1);
		long id = (Long) made.get(0).get("id");
		assertThat(made.get(0).get("booked_online")).isEqualTo(true);
		assertThat(made.get(0).get("unconfirmed_until")).as("a returning client is confirmed at once").isNull();
		assertThat(history(id)).containsExactly("BOOKED by the client, online");
		assertThat(calendars(id)).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains("METHOD:REQUEST");
		assertThat(audited(me)).contains("POST /me/bookings");
		this.messaging.sendAll();
		String email = this.jdbc.queryForObject("select email from client where id = ?", String.class, me.getClientId());
		var mail = this.messaging.mailTo(email);
		assertThat(mail).hasSize(1);
		assertThat(mail.get(0).getSubject()).startsWith("Your session is booked for");
		assertThat(new String(MessagingFixtures.calendarPart(mail.get(0)).getInputStream().readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8)).contains("METHOD:REQUEST");
		this.mvc.perform(get("/me/bookings").with(user(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/me/bookings/" + id + "/move")));
	}

	@Test
	void onlyTypesOfferedToReturningClientsOnlineAreOfferedOrBooked() throws Exception {
		var me = client("Tobias Lindqvist");
		long therapist = this.booking.therapist();
		this.booking.room();
		long notOnline = this.booking.talkOnly();

		this.mvc.perform(get("/me/bookings/new").with(user(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Standard session (")))
			.andExpect(content().string(containsString("Extended session (")))
			.andExpect(content().string(not(containsString("Trial session ("))))
			.andExpect(content().string(not(containsString("Check-in call"))));
		this.mvc.perform(book(me, UUID.randomUUID(), this.booking.type("Trial session"), therapist,
				this.booking.at(2, DayOfWeek.WEDNESDAY, 10, 0)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cannot be booked here")));
		this.mvc.perform(book(me, UUID.randomUUID(), notOnline, therapist, this.booking.at(2, DayOfWeek.WEDNESDAY, 12, 0)))
			.andExpect(status().isOk());

		assertThat(bookingsOf(me)).isZero();
	}

	@Test
	void aClientWhoseSomaticWorkIsPausedSeesTheClinicsNumberAndNeverTheReason() throws Exception {
		var me = client("Henrike Aalto");
		long therapist = this.booking.therapist();
		long room = this.booking.room();
		this.intakes.completeWithReferAndPause(me.getClientId(), therapist);

		this.mvc.perform(get("/me/bookings/new").with(user(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tel:02079460000")))
			.andExpect(content().string(not(containsString("Standard session ("))))
			.andExpect(content().string(not(matchesPattern(HOLD_WORD))));
		this.mvc.perform(book(me, UUID.randomUUID(), this.booking.standard(), therapist,
				this.booking.at(2, DayOfWeek.THURSDAY, 10, 0)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("phone the clinic")))
			.andExpect(content().string(not(matchesPattern(HOLD_WORD))));
		assertThat(bookingsOf(me)).isZero();

		// a session the desk booked before: moved by phone, never here; cancelling stays open to them
		long booked = this.jdbc.queryForObject("""
				insert into booking (client_id, therapist_id, room_id, session_type_id, starts_at, ends_at, free_at,
				    calendar_uid, creation_token, reminder_due_at)
				values (?, ?, ?, ?, ?, ?, ?, gen_random_uuid(), gen_random_uuid(), ?)
				returning id""", Long.class, me.getClientId(), therapist, room, this.booking.standard(),
				java.sql.Timestamp.from(this.booking.at(3, DayOfWeek.THURSDAY, 10, 0)),
				java.sql.Timestamp.from(this.booking.at(3, DayOfWeek.THURSDAY, 11, 0)),
				java.sql.Timestamp.from(this.booking.at(3, DayOfWeek.THURSDAY, 11, 15)),
				java.sql.Timestamp.from(this.booking.at(3, DayOfWeek.THURSDAY, 9, 0)));
		this.mvc.perform(get("/me/bookings/" + booked + "/move").with(user(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("To move this session, please phone the clinic")))
			.andExpect(content().string(not(containsString("id=\"times\""))))
			.andExpect(content().string(not(matchesPattern(HOLD_WORD))));
		this.mvc.perform(move(me, booked, 0, therapist, this.booking.at(3, DayOfWeek.THURSDAY, 14, 0)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("phone the clinic")))
			.andExpect(content().string(not(matchesPattern(HOLD_WORD))));
		assertThat(this.jdbc.queryForObject("select version from booking where id = ?", Integer.class, booked)).isZero();
	}

	@Test
	void aSessionMovesAndCancelsOnlineOnlyWhileFurtherAwayThanTheNoticePeriod() throws Exception {
		var me = client("Ottilie Brandt");
		long therapist = this.booking.therapist();
		this.booking.room();
		Instant startsAt = this.booking.at(2, DayOfWeek.FRIDAY, 10, 0);
		long id = this.booking.book(me.getClientId(), this.booking.standard(), therapist, null, startsAt).id();
		Duration notice = Duration.ofHours(24);

		// a second inside the notice: the page gives the clinic's number and no button, and a post is refused
		this.clock.moveTo(startsAt.minus(notice).plusSeconds(1));
		this.mvc.perform(get("/me/bookings").with(user(me)))
			.andExpect(content().string(not(containsString("/me/bookings/" + id + "/move"))))
			.andExpect(content().string(containsString("tel:02079460000")));
		this.mvc.perform(move(me, id, 0, therapist, startsAt.plus(Duration.ofHours(2))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("can no longer be changed here")));
		this.mvc.perform(cancel(me, id, 0)).andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select status || ' ' || version from booking where id = ?", String.class,
				id)).isEqualTo("BOOKED 0");

		// half a minute before the notice starts: the client moves it, then cancels it
		this.clock.moveTo(startsAt.minus(notice).minusSeconds(30));
		this.mvc.perform(get("/me/bookings").with(user(me)))
			.andExpect(content().string(containsString("/me/bookings/" + id + "/move")));
		this.mvc.perform(move(me, id, 0, therapist, startsAt.plus(Duration.ofHours(2))))
			.andExpect(redirectedUrl("/me/bookings"));
		this.mvc.perform(cancel(me, id, 1)).andExpect(redirectedUrl("/me/bookings"));
		this.mvc.perform(cancel(me, id, 2))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("no longer booked")));
		this.mvc.perform(get("/me/bookings/" + id + "/cancel").with(user(me))).andExpect(redirectedUrl("/me/bookings"));

		assertThat(this.jdbc.queryForObject("select status from booking where id = ?", String.class, id))
			.isEqualTo("CANCELLED");
		assertThat(history(id)).containsExactly("BOOKED by Test desk", "RESCHEDULED by the client, online",
				"CANCELLED by the client, online");
		List<String> calendars = calendars(id);
		assertThat(calendars).hasSize(3);
		assertThat(calendars.get(1)).contains("METHOD:REQUEST", "SEQUENCE:1");
		assertThat(calendars.get(2)).contains("METHOD:CANCEL");
		assertThat(audited(me)).contains("POST /me/bookings/" + id + "/move", "POST /me/bookings/" + id + "/cancel");
	}

	@Test
	void anotherClientsBookingIsNotFoundAndStaysAsItWas() throws Exception {
		var me = client("Imogen Achterberg");
		var other = client("Someone Else Booked");
		long therapist = this.booking.therapist();
		this.booking.room();
		Instant startsAt = this.booking.at(3, DayOfWeek.MONDAY, 11, 0);
		long theirs = this.booking.book(other.getClientId(), this.booking.standard(), therapist, null, startsAt).id();

		this.mvc.perform(get("/me/bookings/" + theirs + "/move").with(user(me))).andExpect(status().isNotFound());
		this.mvc.perform(get("/me/bookings/" + theirs + "/cancel").with(user(me))).andExpect(status().isNotFound());
		this.mvc.perform(get("/me/bookings/" + theirs + "/move/confirm").with(user(me))
			.param("therapistId", String.valueOf(therapist))
			.param("startsAt", startsAt.plus(Duration.ofHours(2)).toString())).andExpect(status().isNotFound());
		this.mvc.perform(move(me, theirs, 0, therapist, startsAt.plus(Duration.ofHours(2))))
			.andExpect(status().isNotFound());
		this.mvc.perform(cancel(me, theirs, 0)).andExpect(status().isNotFound());
		this.mvc.perform(get("/me/bookings").with(user(me)))
			.andExpect(content().string(not(containsString("/me/bookings/" + theirs))));

		for (Role role : List.of(Role.ADMIN, Role.THERAPIST, Role.FRONT_DESK)) {
			var staff = this.users.loadUserByUsername(this.fixtures.staffMember(role));
			this.mvc.perform(post("/me/bookings/" + theirs + "/cancel").param("version", "0").with(user(staff)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(post("/me/bookings/" + theirs + "/cancel").param("version", "0").with(csrf()))
			.andExpect(redirectedUrl("/login"));
		assertThat(this.jdbc.queryForObject("select status || ' ' || version || ' ' || (starts_at = ?) from booking where id = ?",
				String.class, java.sql.Timestamp.from(startsAt), theirs)).isEqualTo("BOOKED 0 true");
	}

	private HoldspaceUser client(String name) {
		return (HoldspaceUser) this.users.loadUserByUsername(this.fixtures.clientWithLogin(name));
	}

	private MockHttpServletRequestBuilder book(HoldspaceUser me, UUID token, long typeId, long therapistId,
			Instant startsAt) {
		return post("/me/bookings").with(user(me))
			.with(csrf())
			.param("creationToken", token.toString())
			.param("sessionTypeId", String.valueOf(typeId))
			.param("therapistId", String.valueOf(therapistId))
			.param("startsAt", startsAt.toString());
	}

	private MockHttpServletRequestBuilder move(HoldspaceUser me, long id, int version, long therapistId,
			Instant startsAt) {
		return post("/me/bookings/" + id + "/move").with(user(me))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("therapistId", String.valueOf(therapistId))
			.param("startsAt", startsAt.toString());
	}

	private MockHttpServletRequestBuilder cancel(HoldspaceUser me, long id, int version) {
		return post("/me/bookings/" + id + "/cancel").with(user(me)).with(csrf()).param("version", String.valueOf(version));
	}

	private long bookingsOf(HoldspaceUser me) {
		return this.jdbc.queryForObject("select count(*) from booking where client_id = ?", Long.class, me.getClientId());
	}

	private List<String> history(long bookingId) {
		return this.jdbc.queryForList(
				"select kind || ' by ' || actor_name from booking_event where booking_id = ? order by occurred_at, id",
				String.class, bookingId);
	}

	private List<String> calendars(long bookingId) {
		return this.jdbc.queryForList("select calendar from outgoing_message where booking_id = ? order by id",
				String.class, bookingId);
	}

	private List<String> audited(HoldspaceUser me) {
		return this.jdbc.queryForList("select subject from audit_event where client_id = ? and action = 'EDIT'",
				String.class, me.getClientId());
	}

}
