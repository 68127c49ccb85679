package com.holdspace.session;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.IntegrationTest;
import com.holdspace.StatementCounter;
import com.holdspace.TestClock;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.consent.ConsentFixtures;
import com.holdspace.intake.IntakeFixtures;
import com.holdspace.staff.Role;
import com.holdspace.shared.ClinicTime;

/**
 * Where the therapist meets the record outside it: the client's timeline over weeks, a booking's
 * page with what to keep in view, and how many SQL statements each page costs as records grow.
 */
@IntegrationTest
class SessionPagesTests {

	/**
	 * Statements the session page may issue, whatever the number of taps (the security and session
	 * rows, and the audit line with its seal, included). While a record is being written it reads
	 * treatment consent as it stands now (two more), since consent can be withdrawn during the session.
	 */
	static final int SESSION_PAGE_BUDGET = 19;

	/**
	 * Statements the timeline page may issue, whatever the number of sessions (the care check, and the
	 * audit line's seal, included).
	 */
	static final int TIMELINE_PAGE_BUDGET = 10;

	@Autowired
	MockMvc mvc;

	@Autowired
	SessionFixtures sessions;

	@Autowired
	IntakeFixtures intakes;

	@Autowired
	ConsentFixtures consents;

	@Autowired
	BookingFixtures booking;

	@Autowired
	StatementCounter statements;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	ClinicTime clinicTime;

	private SessionFixtures.Setting setting;

	private UserDetails therapist;

	@BeforeEach
	void aClientWithATherapist() {
		this.setting = this.sessions.readyClientBooked();
		this.therapist = this.sessions.login(this.setting.therapistLogin());
	}

	@Test
	void theClientPageShowsTensionBeforeAndAfterAndTheKeyEventsOfEachSession() throws Exception {
		long first = signedSession(8, 5, "CRYING", "CRYING", "TREMBLING");
		this.clock.moveTo(this.clock.instant().plus(7, ChronoUnit.DAYS));
		long second = signedSession(6, 2, "WARMTH");

		this.mvc.perform(get("/clients/" + this.setting.clientId()).with(user(this.therapist)))
			.andExpect(content().string(containsString("Sessions and progress")))
			.andExpect(content().string(containsString("Tension 8 \u2192 5")))
			.andExpect(content().string(containsString("Tension 6 \u2192 2")))
			.andExpect(content().string(containsString(">Crying \u00d72</span>")))
			.andExpect(content().string(containsString(">Trembling or shaking</span>")))
			.andExpect(content().string(containsString("class=\"tension-chart\"")))
			.andExpect(content().string(containsString("/sessions/" + first)))
			.andExpect(content().string(containsString("/sessions/" + second)));
		this.mvc.perform(get("/clients/" + this.setting.clientId()).with(user(this.sessions.staff(Role.ADMIN))))
			.andExpect(content().string(containsString("Tension 6 \u2192 2")));
	}

	@Test
	void theTimelinePageCostsTheSameStatementsForTwoSessionsOrTwelve() throws Exception {
		for (int i = 0; i < 2; i++) {
			walkInWithTaps(3);
		}
		int withTwo = statementsFor("/clients/" + this.setting.clientId() + "/sessions");
		for (int i = 0; i < 10; i++) {
			walkInWithTaps(3);
		}

		int withTwelve = statementsFor("/clients/" + this.setting.clientId() + "/sessions");

		assertThat(withTwelve).isEqualTo(withTwo).isLessThanOrEqualTo(TIMELINE_PAGE_BUDGET);
	}

	@Test
	void theSessionPageCostsTheSameStatementsForThreeTapsOrThirty() throws Exception {
		long few = walkInWithTaps(3);
		long many = walkInWithTaps(30);

		int forFew = statementsFor("/sessions/" + few);
		int forMany = statementsFor("/sessions/" + many);

		assertThat(forMany).isEqualTo(forFew).isLessThanOrEqualTo(SESSION_PAGE_BUDGET);
	}

	@Test
	void theBookingShowsTheTherapistTheStopSignalAvoidRegionsAndEveryOpenHold() throws Exception {
		var held = this.sessions.unpreparedClientBooked();
		this.intakes.completeWithProviderFlag(held.clientId(), held.therapistId());

		this.mvc.perform(get("/bookings/" + held.bookingId()).with(user(this.sessions.login(held.therapistLogin()))))
			.andExpect(content().string(containsString("id=\"stop-signal\">pineapple</strong>")))
			.andExpect(content().string(containsString("data-region=\"ABDOMEN\">Abdomen</span>")))
			.andExpect(content().string(containsString("Consult the client&#39;s provider before body-based work")))
			.andExpect(content().string(containsString("started on the day")));
		this.mvc.perform(get("/bookings/" + held.bookingId()).with(user(this.sessions.staff(Role.FRONT_DESK))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("stop-signal"))))
			.andExpect(content().string(not(containsString("pineapple"))))
			.andExpect(content().string(not(containsString("Consult the client"))));
	}

	@Test
	void aSurgeryIsJudgedOnTheSessionsDayAndOneRunningOutBeforeItIsShownForReview() throws Exception {
		var client = this.sessions.unpreparedClientBooked();
		LocalDate sessionDay = client.startsAt().atZone(this.clinicTime.zone()).toLocalDate();
		this.intakes.completeWithSurgery(client.clientId(), client.therapistId(), TestClock.today()
			.minusWeeks(10));
		long later = this.booking
			.book(client.clientId(), this.booking.standard(), client.therapistId(), this.booking.room(),
					this.booking.at(sessionDay.plusWeeks(3), 10, 0))
			.id();
		UserDetails who = this.sessions.login(client.therapistLogin());

		this.mvc.perform(get("/bookings/" + client.bookingId()).with(user(who)))
			.andExpect(content().string(containsString("No deep or prolonged work")))
			.andExpect(content().string(not(containsString("Ran out on"))));
		this.mvc.perform(get("/bookings/" + later).with(user(who)))
			.andExpect(content().string(containsString("No deep or prolonged work")))
			.andExpect(content().string(containsString("Ran out on")));
	}

	/** A signed walk-in today with these tensions and events; answers its id. */
	private long signedSession(int before, int after, String... events) throws Exception {
		long id = walkIn();
		checkIn(id, before);
		for (String event : events) {
			tap(id, "EVENT", "event", event);
		}
		this.mvc.perform(post("/sessions/" + id + "/sign").with(user(this.therapist))
			.with(csrf())
			.param("version", String.valueOf(version(id)))
			.param("phase", "NOTES")
			.param("groundingDone", "true")
			.param("tensionAfter", String.valueOf(after))
			.param("subjective", "s")
			.param("objective", "o")
			.param("assessment", "a")
			.param("plan", "p")
			.param("confirmSign", "true"));
		return id;
	}

	private long walkInWithTaps(int taps) throws Exception {
		long id = walkIn();
		checkIn(id, 5);
		List<String> events = List.of("CRYING", "WARMTH", "TINGLING");
		for (int i = 0; i < taps; i++) {
			tap(id, "EVENT", "event", events.get(i % events.size()));
		}
		return id;
	}

	private long walkIn() throws Exception {
		String location = this.mvc.perform(post("/sessions").with(user(this.therapist))
			.with(csrf())
			.param("clientId", String.valueOf(this.setting.clientId()))
			.param("token", UUID.randomUUID().toString())).andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private void checkIn(long id, int tension) throws Exception {
		this.mvc.perform(post("/sessions/" + id + "/check-in").with(user(this.therapist))
			.with(csrf())
			.param("version", String.valueOf(version(id)))
			.param("phase", "CHECK_IN")
			.param("tensionBefore", String.valueOf(tension))
			.param("arrival", "Arrived on time")
			.param("alcoholOrDrugsToday", "false")
			.param("newFlashbacks", "false")
			.param("harmThoughts", "false")
			.param("hadWater", "true")
			.param("breathingOffered", "true"));
	}

	private void tap(long id, String kind, String field, String value) throws Exception {
		this.mvc.perform(post("/sessions/" + id + "/entries/" + kind).with(user(this.therapist))
			.with(csrf())
			.param("token", UUID.randomUUID().toString())
			.param(field, value)).andExpect(status().is3xxRedirection());
	}

	private int version(long id) {
		return this.jdbc.queryForObject("select version from session_record where id = ?", Integer.class, id);
	}

	private int statementsFor(String path) throws Exception {
		this.statements.start();
		try {
			this.mvc.perform(get(path).with(user(this.therapist))).andExpect(status().isOk());
			return this.statements.stop().size();
		}
		finally {
			this.statements.stop();
		}
	}

}
