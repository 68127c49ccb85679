package com.holdspace.session;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.holdspace.IntegrationTest;
import com.holdspace.TestClock;
import com.holdspace.booking.BookingViews;
import com.holdspace.booking.BookingStatus;
import com.holdspace.consent.ConsentFixtures;
import com.holdspace.intake.IntakeFixtures;
import com.holdspace.staff.Role;

/** Starting a session record: from a booking on its day, or a walk-in, and every refusal. */
@IntegrationTest
class SessionStartTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SessionFixtures sessions;

	@Autowired
	IntakeFixtures intakes;

	@Autowired
	ConsentFixtures consents;

	@Autowired
	BookingViews bookings;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	private SessionFixtures.Setting setting;

	private UserDetails therapist;

	@BeforeEach
	void aBookedClient() {
		this.setting = this.sessions.readyClientBooked();
		this.therapist = this.sessions.login(this.setting.therapistLogin());
	}

	@Test
	void startingFromTheBookingOnItsDayChecksTheClientInAndOpensTheCheckIn() throws Exception {
		this.sessions.onTheDay(this.setting);

		String record = startBooked(UUID.randomUUID()).andExpect(redirectedUrlPattern("/sessions/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		assertThat(this.bookings.view(this.setting.bookingId()).status()).isEqualTo(BookingStatus.CHECKED_IN);
		this.mvc.perform(get(record).with(user(this.therapist)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"checkin-form\"")))
			.andExpect(content().string(containsString("id=\"stop-signal\">pineapple</strong>")))
			.andExpect(content().string(containsString("data-region=\"ABDOMEN\">Abdomen</span>")))
			.andExpect(content().string(containsString("Consent, stop signal and areas re-confirmed")));
	}

	@Test
	void aDoubleTappedStartOrASecondDeviceOpensTheSameRecord() throws Exception {
		this.sessions.onTheDay(this.setting);
		UUID token = UUID.randomUUID();

		String first = startBooked(token).andReturn().getResponse().getRedirectedUrl();
		String again = startBooked(token).andReturn().getResponse().getRedirectedUrl();
		String otherDevice = startBooked(UUID.randomUUID()).andReturn().getResponse().getRedirectedUrl();

		assertThat(again).isEqualTo(first);
		assertThat(otherDevice).isEqualTo(first);
		assertThat(records()).isOne();
	}

	@Test
	void aBookedSessionStartsOnlyOnItsDay() throws Exception {
		startBooked(UUID.randomUUID()).andExpect(status().isOk())
			.andExpect(content().string(containsString("A booked session is started on its own day.")));
		assertThat(records()).isZero();
	}

	@Test
	void anotherTherapistCannotStartTheSession() throws Exception {
		this.sessions.onTheDay(this.setting);

		this.mvc.perform(post("/sessions").with(user(this.sessions.staff(Role.THERAPIST)))
			.with(csrf())
			.param("bookingId", String.valueOf(this.setting.bookingId()))
			.param("token", UUID.randomUUID().toString())).andExpect(status().isNotFound());
		assertThat(records()).isZero();
	}

	@Test
	void everyReasonNotToStartIsNamedAtOnce() throws Exception {
		var unprepared = this.sessions.unpreparedClientBooked();
		this.intakes.completeWithReferAndPause(unprepared.clientId(), unprepared.therapistId());
		this.sessions.onTheDay(unprepared);

		this.mvc.perform(post("/sessions").with(user(this.sessions.login(unprepared.therapistLogin())))
			.with(csrf())
			.param("bookingId", String.valueOf(unprepared.bookingId()))
			.param("token", UUID.randomUUID().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Somatic work is on hold")))
			.andExpect(content().string(containsString("has not signed consent to treatment")))
			.andExpect(content().string(not(containsString("flashbacks"))));
		assertThat(this.bookings.view(unprepared.bookingId()).status()).isEqualTo(BookingStatus.BOOKED);
	}

	@Test
	void noSessionWithoutACompletedIntake() throws Exception {
		var unprepared = this.sessions.unpreparedClientBooked();
		this.consents.signTreatment(unprepared.clientId(), unprepared.therapistId());

		walkIn(unprepared.clientId(), this.sessions.login(unprepared.therapistLogin()))
			.andExpect(content().string(containsString("The client has no completed SAFE intake.")));
	}

	@Test
	void withdrawnConsentStopsTheStart() throws Exception {
		var client = this.sessions.unpreparedClientBooked();
		this.intakes.complete(client.clientId(), client.therapistId());
		long consent = this.consents.signTreatment(client.clientId(), client.therapistId());
		this.consents.withdraw(client.clientId(), consent, client.therapistId());

		walkIn(client.clientId(), this.sessions.login(client.therapistLogin()))
			.andExpect(content().string(containsString("has withdrawn their consent to treatment")));
	}

	@Test
	void expiredConsentStopsTheStart() throws Exception {
		this.clock.moveTo(this.clock.instant().plus(Duration.ofDays(400)));

		walkIn(this.setting.clientId(), this.therapist)
			.andExpect(content().string(containsString("consent to treatment has expired")));
	}

	@Test
	void aWalkInStartsFromTheClientsPage() throws Exception {
		this.mvc.perform(get("/clients/" + this.setting.clientId()).with(user(this.therapist)))
			.andExpect(content().string(containsString("Start a walk-in session")));

		walkIn(this.setting.clientId(), this.therapist).andExpect(redirectedUrlPattern("/sessions/*"));

		assertThat(this.jdbc.queryForObject("select booking_id from session_record where client_id = ?", Long.class,
				this.setting.clientId())).isNull();
	}

	@Test
	void onlyATherapistStartsASession() throws Exception {
		walkIn(this.setting.clientId(), this.sessions.staff(Role.ADMIN)).andExpect(status().isForbidden());
		walkIn(this.setting.clientId(), this.sessions.staff(Role.FRONT_DESK)).andExpect(status().isForbidden());
		assertThat(records()).isZero();
	}

	private ResultActions startBooked(UUID token) throws Exception {
		return this.mvc.perform(post("/sessions").with(user(this.therapist))
			.with(csrf())
			.param("bookingId", String.valueOf(this.setting.bookingId()))
			.param("token", token.toString()));
	}

	private ResultActions walkIn(long clientId, UserDetails who) throws Exception {
		return this.mvc.perform(post("/sessions").with(user(who))
			.with(csrf())
			.param("clientId", String.valueOf(clientId))
			.param("token", UUID.randomUUID().toString()));
	}

	private int records() {
		return this.jdbc.queryForObject("select count(*) from session_record where client_id = ?", Integer.class,
				this.setting.clientId());
	}

}
