package com.holdspace.booking;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.intake.IntakeFixtures;
import com.holdspace.staff.Role;

/** The booking pages over HTTP, against the real database. */
@IntegrationTest
class BookingPagesTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Fixtures fixtures;

	@Autowired
	BookingFixtures booking;

	@Autowired
	BookingViews bookings;

	@Autowired
	IntakeFixtures intakes;

	@Autowired
	JdbcTemplate jdbc;

	private UserDetails desk;

	private long therapist;

	private long room;

	private long client;

	@Autowired
	com.holdspace.TestClock clock;

	@BeforeEach
	void people() {
		this.desk = this.users.loadUserByUsername(this.fixtures.staffMember(Role.FRONT_DESK));
		this.therapist = this.booking.therapist();
		this.room = this.booking.room();
		this.client = this.fixtures.client("Page Client");
	}

	@Test
	void missingAnswersAreNamedNextToTheirFieldsAndWhatWasTypedStays() throws Exception {
		this.mvc.perform(post("/bookings").with(csrf()).with(user(this.desk))
				.param("creationToken", UUID.randomUUID().toString())
				.param("clientId", String.valueOf(this.client))
				.param("therapistId", String.valueOf(this.therapist))
				.param("date", "2030-01-15"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"sessionTypeId-error\"")))
			.andExpect(content().string(containsString("Choose the kind of session.")))
			.andExpect(content().string(containsString("Enter the start time.")))
			.andExpect(content().string(containsString("value=\"2030-01-15\"")));
		assertThat(bookingsOf(this.client)).isZero();
	}

	@Test
	void aTimeOutsideTheTherapistsHoursIsRefusedNextToTheStartTime() throws Exception {
		LocalDate day = day(1, DayOfWeek.MONDAY);

		book(this.client, this.booking.standard(), day, "16:30", UUID.randomUUID())
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"time-error\"")))
			.andExpect(content().string(containsString("not working then")));
		assertThat(bookingsOf(this.client)).isZero();
	}

	@Test
	void aRefusedTimeIsOfferedSixNextFreeTimesAnHourOrMoreApartInTheTherapistsHours() throws Exception {
		LocalDate day = day(1, DayOfWeek.MONDAY);

		String page = book(this.client, this.booking.standard(), day, "16:30", UUID.randomUUID()).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Matcher offered = Pattern.compile("class=\"button slot\" href=\"[^\"]*date=(\\d{4}-\\d{2}-\\d{2})&amp;time=(\\d{2}:\\d{2})").matcher(page);
		List<LocalDateTime> times = new ArrayList<>();
		while (offered.find()) {
			times.add(LocalDateTime.of(LocalDate.parse(offered.group(1)), LocalTime.parse(offered.group(2))));
		}
		assertThat(times).hasSize(6).isSorted();
		for (int i = 1; i < times.size(); i++) {
			assertThat(Duration.between(times.get(i - 1), times.get(i))).as("apart").isGreaterThanOrEqualTo(Duration.ofHours(1));
		}
		assertThat(times).allSatisfy(time -> assertThat(time.toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(17, 0)));
		assertThat(bookingsOf(this.client)).isZero();
	}

	@Test
	void aDoubleTappedBookButtonMakesOneBooking() throws Exception {
		UUID token = UUID.randomUUID();
		LocalDate day = day(1, DayOfWeek.TUESDAY);

		book(this.client, this.booking.standard(), day, "09:00", token).andExpect(status().is3xxRedirection());
		book(this.client, this.booking.standard(), day, "09:00", token).andExpect(status().is3xxRedirection());

		assertThat(bookingsOf(this.client)).isOne();
	}

	@Test
	void aClientWhoAskedForAnExperiencedTherapistIsOfferedThoseFirstAndTheDeskSeesOnlyTheWish() throws Exception {
		long experienced = this.booking.therapist();
		var admin = this.users.loadUserByUsername(this.fixtures.staffMember(Role.ADMIN));
		this.mvc.perform(post("/admin/staff/" + experienced + "/experience").param("experienced", "true")
			.with(user(admin))
			.with(csrf())).andExpect(status().isFound());
		this.intakes.complete(this.client, this.therapist);

		String form = this.mvc.perform(get("/bookings/new").param("clientId", String.valueOf(this.client)).with(user(this.desk)))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(form).contains("Prefers a therapist experienced in emotional-release work")
			.contains("(experienced in emotional-release work)");
		assertThat(form.indexOf("value=\"" + experienced + "\"")).as("the experienced therapist comes first")
			.isLessThan(form.indexOf("value=\"" + this.therapist + "\""));
		assertThat(form).doesNotContain("Would you like a therapist experienced");
		assertThat(this.jdbc.queryForObject("select experienced_in_release from account where id = ?", Boolean.class,
				experienced)).isTrue();
		this.mvc.perform(post("/admin/staff/" + experienced + "/experience").with(user(admin)).with(csrf()));
		assertThat(this.jdbc.queryForObject("select experienced_in_release from account where id = ?", Boolean.class,
				experienced)).isFalse();
	}

	@Test
	void theFrontDeskSeesThatSomaticWorkIsOnHoldButNotWhy() throws Exception {
		this.intakes.completeWithReferAndPause(this.client, this.therapist);

		this.mvc.perform(get("/bookings/new").param("clientId", String.valueOf(this.client)).with(user(this.desk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Somatic work is on hold for this client")))
			.andExpect(content().string(not(containsString("lashback"))));
		book(this.client, this.booking.standard(), day(1, DayOfWeek.WEDNESDAY), "10:00", UUID.randomUUID())
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"sessionTypeId-error\"")))
			.andExpect(content().string(containsString("until a therapist lifts the hold")));
		assertThat(bookingsOf(this.client)).isZero();
	}

	@Test
	void aTherapistSeesTheirOwnCalendarButNotAnothersNorTheirBookings() throws Exception {
		UserDetails therapistLogin = this.users.loadUserByUsername(this.fixtures.staffMember(Role.THERAPIST));
		long own = this.fixtures.staffId(therapistLogin.getUsername());
		BookingView others = this.booking.book(this.client, this.booking.standard(), this.therapist, this.room,
				this.booking.at(1, DayOfWeek.THURSDAY, 10, 0));

		this.mvc.perform(get("/calendar").with(user(therapistLogin)))
			.andExpect(status().isFound())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/calendar/therapists/" + own + "?view=day"));
		this.mvc.perform(get("/calendar/therapists/" + this.therapist).with(user(therapistLogin)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/bookings/" + others.id()).with(user(therapistLogin)))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/bookings/" + others.id() + "/cancel").with(csrf()).with(user(therapistLogin))
				.param("version", "0").param("reason", "Not mine to cancel"))
			.andExpect(status().isNotFound());
		assertThat(this.bookings.view(others.id()).status()).isEqualTo(BookingStatus.BOOKED);
	}

	@Test
	void theWeekShowsTheBookingWithClientTypeAndStatusAndCancellingKeepsItVisibleAsCancelled() throws Exception {
		Instant start = this.booking.at(1, DayOfWeek.FRIDAY, 11, 0);
		BookingView made = this.booking.book(this.client, this.booking.extended(), this.therapist, this.room, start);
		String week = "/calendar/therapists/" + this.therapist + "?date=" + start.atZone(LONDON).toLocalDate();

		this.mvc.perform(get(week).with(user(this.desk)))
			.andExpect(content().string(containsString("Page Client")))
			.andExpect(content().string(containsString("Extended session")))
			.andExpect(content().string(containsString("11:00–12:30")));

		this.mvc.perform(post("/bookings/" + made.id() + "/cancel").with(csrf()).with(user(this.desk))
				.param("version", String.valueOf(made.version())).param("reason", "Client asked to move to spring"))
			.andExpect(status().isFound());

		this.mvc.perform(get("/bookings/" + made.id()).with(user(this.desk)))
			.andExpect(content().string(containsString("Client asked to move to spring")))
			.andExpect(content().string(containsString("Cancelled")));
		this.mvc.perform(get(week).with(user(this.desk)))
			.andExpect(content().string(containsString("status-CANCELLED")));
		// the freed time is offered again: a free stretch that day reaches over 11:00
		String page = this.mvc.perform(get(week).with(user(this.desk))).andReturn().getResponse().getContentAsString();
		assertThat(freeStretches(page, start.atZone(LONDON).toLocalDate()))
			.anySatisfy(stretch -> assertThat(stretch).satisfies(s -> assertThat(s[0]).isLessThanOrEqualTo("11:00"),
					s -> assertThat(s[1]).isGreaterThanOrEqualTo("11:00")));
	}

	/** The first and last start of each free stretch shown on a day of the calendar grid. */
	static java.util.List<String[]> freeStretches(String page, java.time.LocalDate day) {
		var stretch = java.util.regex.Pattern.compile("<a class=\"cal-free [^\"]*\"\\s+href=\"[^\"]*date=" + day
				+ "[^\"]*\"\\s+data-first=\"([0-9:]+)\"\\s+data-last=\"([0-9:]+)\"").matcher(page);
		java.util.List<String[]> found = new java.util.ArrayList<>();
		while (stretch.find()) {
			found.add(new String[] { stretch.group(1), stretch.group(2) });
		}
		return found;
	}

	@Test
	void movingOntoATakenTimeOffersAlternativesAndChangesNothing() throws Exception {
		Instant nine = this.booking.at(2, DayOfWeek.MONDAY, 9, 0);
		BookingView first = this.booking.book(this.client, this.booking.standard(), this.therapist, this.room, nine);
		BookingView second = this.booking.book(this.fixtures.client("Other Page Client"), this.booking.standard(),
				this.therapist, this.room, nine.plusSeconds(3 * 3600));

		this.mvc.perform(post("/bookings/" + second.id() + "/reschedule").with(csrf()).with(user(this.desk))
				.param("version", String.valueOf(second.version()))
				.param("therapistId", String.valueOf(this.therapist))
				.param("roomId", String.valueOf(this.room))
				.param("date", nine.atZone(LONDON).toLocalDate().toString())
				.param("time", "09:30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("already booked at that time")))
			.andExpect(content().string(containsString("class=\"button slot\"")));
		assertThat(this.bookings.view(second.id()).startsAt()).isEqualTo(nine.plusSeconds(3 * 3600));
		assertThat(this.bookings.view(first.id()).startsAt()).isEqualTo(nine);
	}

	@Test
	void aTherapistsClientPageListsTheirOwnSessionsWithTheClientAndNoColleagues() throws Exception {
		UserDetails therapistLogin = this.users.loadUserByUsername(this.fixtures.staffMember(Role.THERAPIST));
		long own = this.fixtures.staffId(therapistLogin.getUsername());
		this.booking.workEveryDay(own, java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0));
		long mine = this.booking.book(this.client, this.booking.standard(), own, this.booking.room(),
				this.booking.at(1, DayOfWeek.FRIDAY, 11, 0)).id();
		long colleagues = this.booking.book(this.client, this.booking.standard(), this.therapist, this.room,
				this.booking.at(1, DayOfWeek.THURSDAY, 15, 0)).id();

		this.mvc.perform(get("/clients/" + this.client).with(user(therapistLogin)))
			.andExpect(content().string(containsString("href=\"/bookings/" + mine + "\"")))
			.andExpect(content().string(not(containsString("/bookings/" + colleagues))))
			.andExpect(content().string(not(containsString("15:00 · Standard session"))))
			.andExpect(content().string(containsString("Only your own sessions with this client are listed here.")));
		this.mvc.perform(get("/clients/" + this.client).with(user(this.desk)))
			.andExpect(content().string(containsString("href=\"/bookings/" + mine + "\"")))
			.andExpect(content().string(containsString("href=\"/bookings/" + colleagues + "\"")));
	}

	@Test
	void theClientPageListsTheirComingSessionsForTheFrontDesk() throws Exception {
		this.booking.book(this.client, this.booking.standard(), this.therapist, this.room,
				this.booking.at(1, DayOfWeek.SATURDAY, 14, 0));

		this.mvc.perform(get("/clients/" + this.client).with(user(this.desk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sessions")))
			.andExpect(content().string(containsString("Standard session")))
			.andExpect(content().string(containsString("/bookings/new?clientId=" + this.client)));
	}

	private org.springframework.test.web.servlet.ResultActions book(long clientId, long typeId, LocalDate day,
			String time, UUID token) throws Exception {
		MockHttpServletRequestBuilder request = post("/bookings").with(csrf())
			.with(user(this.desk))
			.param("creationToken", token.toString())
			.param("clientId", String.valueOf(clientId))
			.param("sessionTypeId", String.valueOf(typeId))
			.param("therapistId", String.valueOf(this.therapist))
			.param("roomId", String.valueOf(this.room))
			.param("date", day.toString())
			.param("time", time);
		return this.mvc.perform(request);
	}

	private LocalDate day(int weeksAhead, DayOfWeek day) {
		return this.booking.at(weeksAhead, day, 12, 0).atZone(LONDON).toLocalDate();
	}

	private int bookingsOf(long clientId) {
		return this.jdbc.queryForObject("select count(*) from booking where client_id = ?", Integer.class, clientId);
	}

	@Test
	void aTherapistRefusedATakenTimeIsOfferedTimesInTheirOwnCalendarOnly() throws Exception {
		UserDetails therapistLogin = this.users.loadUserByUsername(this.fixtures.staffMember(Role.THERAPIST));
		long own = this.fixtures.staffId(therapistLogin.getUsername());
		this.jdbc.update("""
				insert into working_hours (therapist_id, day_of_week, starts, ends)
				select ?, d, '09:00', '17:00' from generate_series(1, 7) d""", own);
		Instant ten = this.booking.at(1, DayOfWeek.MONDAY, 10, 0);
		this.booking.book(this.client, this.booking.standard(), own, this.room, ten);

		String page = this.mvc.perform(post("/bookings").with(csrf()).with(user(therapistLogin))
				.param("creationToken", UUID.randomUUID().toString())
				.param("clientId", String.valueOf(this.fixtures.client("Second Of The Morning")))
				.param("sessionTypeId", String.valueOf(this.booking.standard()))
				.param("therapistId", String.valueOf(own))
				.param("date", ten.atZone(LONDON).toLocalDate().toString())
				.param("time", "10:30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("already booked at that time")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("name=\"therapistId\" value=\"" + own + "\"")
			.doesNotContainPattern("name=\"therapistId\" value=\"(?!" + own + "\")\\d+\"");
	}

	@Test
	void aRoomsFreeTimeStopsAtALunchHourWhenNobodyAtItsSiteWorks() throws Exception {
		long site = this.booking.site("Lunch");
		long room = this.booking.roomAt(site);
		long therapist = this.booking.therapistWorking(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(12, 0));
		this.jdbc.update("update account set site_id = ? where id = ?", site, therapist);
		this.jdbc.update("""
				insert into working_hours (therapist_id, day_of_week, starts, ends)
				select ?, d, time '14:00', time '18:00' from generate_series(1, 7) d""", therapist);
		java.time.LocalDate day = this.booking.at(2, DayOfWeek.TUESDAY, 9, 0).atZone(LONDON).toLocalDate();

		String page = this.mvc.perform(get("/calendar/rooms/" + room).param("date", day.toString()).with(user(this.desk)))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(freeStretches(page, day)).extracting(stretch -> stretch[0] + "-" + stretch[1])
			.containsExactly("09:00-11:45", "14:00-17:45");
	}

	@Test
	void aMovePickedOnACalendarLeftOpenIsNotOfferedOnceTheSessionHasBegun() throws Exception {
		Instant start = this.booking.at(1, DayOfWeek.WEDNESDAY, 10, 0);
		BookingView made = this.booking.book(this.client, this.booking.standard(), this.therapist, this.room, start);
		String proposal = "/bookings/" + made.id() + "?date=" + start.atZone(LONDON).toLocalDate() + "&time=15:00";
		this.mvc.perform(get(proposal).with(user(this.desk)))
			.andExpect(content().string(containsString("id=\"confirm-move\"")));

		this.clock.moveTo(start.plusSeconds(60));
		try {
			this.mvc.perform(get(proposal).with(user(this.desk)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("id=\"confirm-move\""))));
		}
		finally {
			this.clock.reset();
		}
	}

	@Test
	void aClientOnHoldIsOfferedNoTimeWithTouchAndTheFormSaysSoWithoutTheReason() throws Exception {
		this.intakes.completeWithReferAndPause(this.client, this.therapist);

		String form = this.mvc.perform(get("/bookings/new").param("clientId", String.valueOf(this.client))
				.param("therapistId", String.valueOf(this.therapist))
				.param("sessionTypeId", String.valueOf(this.booking.standard()))
				.with(user(this.desk)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(form).contains("id=\"held-for-touch\"", "No time with touch can be offered")
			.doesNotContain("class=\"button slot\"")
			.doesNotContain("lashback");
	}

	@Test
	void theFormOffersFreeTimesBeforeAnythingIsSentAndPreselectsTheExtendedSessionWhenSuggested() throws Exception {
		this.intakes.completeSuggestingExtended(this.client, this.therapist);

		String form = this.mvc.perform(get("/bookings/new").param("clientId", String.valueOf(this.client))
				.param("therapistId", String.valueOf(this.therapist))
				.with(user(this.desk)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(form).containsPattern("value=\"" + this.booking.extended() + "\"[^>]*checked")
			.contains("extended suggested")
			.contains("class=\"button slot\"");
	}

	@Test
	void aHoldRaisedAfterBookingShowsOnTheCalendarWithoutItsReason() throws Exception {
		Instant start = this.booking.at(1, DayOfWeek.THURSDAY, 15, 0);
		this.booking.book(this.client, this.booking.standard(), this.therapist, this.room, start);
		String week = "/calendar/therapists/" + this.therapist + "?date=" + start.atZone(LONDON).toLocalDate();
		this.mvc.perform(get(week).with(user(this.desk)))
			.andExpect(content().string(not(containsString("Somatic work on hold"))));

		this.intakes.completeWithReferAndPause(this.client, this.therapist);

		this.mvc.perform(get(week).with(user(this.desk)))
			.andExpect(content().string(containsString("Somatic work on hold")))
			.andExpect(content().string(not(containsString("lashback"))));
	}

}
