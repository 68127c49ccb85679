package com.holdspace.booking;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.TestClock;
import com.holdspace.staff.Role;

/**
 * The calendar opens where there is work to see: today while its working hours last, else the next
 * working day, and the week of that day. A Sunday evening opens on next week, not the week just gone.
 */
@IntegrationTest
class CalendarOpeningDayTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final Pattern DAY_HEAD = Pattern.compile("class=\"cal-day-head[^\"]*\">\\s*<a href=\"[^\"]*date=([0-9-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Fixtures fixtures;

	@Autowired
	BookingFixtures booking;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	private UserDetails desk;

	private long therapist;

	private UserDetails therapistLogin;

	/** A Wednesday a few weeks ahead, whatever day the suite runs on. */
	private LocalDate wednesday;

	@BeforeEach
	void aTherapistWorkingMondayToFriday() {
		this.desk = this.users.loadUserByUsername(this.fixtures.staffMember(Role.FRONT_DESK));
		String email = this.fixtures.staffMember(Role.THERAPIST);
		this.therapistLogin = this.users.loadUserByUsername(email);
		this.therapist = this.fixtures.staffId(email);
		for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			this.jdbc.update("insert into working_hours (therapist_id, day_of_week, starts, ends) values (?, ?, ?, ?)",
					this.therapist, day.getValue(), LocalTime.of(9, 0), LocalTime.of(17, 0));
		}
		this.booking.room();
		this.wednesday = TestClock.today().plusWeeks(2).with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
	}

	@Test
	void onASundayEveningTheDeskSeesNextWeekWithItsFreeTimes() throws Exception {
		at(this.wednesday.plusDays(4), 23, 30);

		String week = deskWeek();

		assertThat(days(week)).first().isEqualTo(this.wednesday.plusDays(5).toString());
		assertThat(week).contains("class=\"cal-free ");
	}

	@Test
	void onASundayEveningTheClinicDayOpensOnMondayAndItsLinksCarryMonday() throws Exception {
		at(this.wednesday.plusDays(4), 23, 30);
		String monday = this.wednesday.plusDays(5).toString();

		String day = this.mvc.perform(get("/calendar/day").with(user(this.desk)))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(day).contains("/calendar/therapists/" + this.therapist + "?date=" + monday);
		assertThat(day).containsPattern("<h1>[^<]*Monday " + this.wednesday.plusDays(5).getDayOfMonth() + " ");
	}

	@Test
	void justAfterMidnightOnMondayTheWeekIsTheNewOne() throws Exception {
		at(this.wednesday.plusDays(5), 0, 5);

		assertThat(days(deskWeek())).first().isEqualTo(this.wednesday.plusDays(5).toString());
	}

	@Test
	void duringTheWeekTheCurrentWeekStaysOnEvenAfterTodaysHours() throws Exception {
		at(this.wednesday, 18, 0);

		assertThat(days(deskWeek())).first().isEqualTo(this.wednesday.minusDays(2).toString());
	}

	@Test
	void onceTheLastWorkingDayIsOverTheWeekViewMovesToNextWeek() throws Exception {
		LocalDate friday = this.wednesday.plusDays(2);
		at(friday, 16, 0);
		assertThat(days(deskWeek())).first().isEqualTo(this.wednesday.minusDays(2).toString());

		at(friday, 17, 30);
		assertThat(days(deskWeek())).first().isEqualTo(this.wednesday.plusDays(5).toString());
	}

	@Test
	void theTherapistsDayOpensOnTheirNextWorkingDayWhenTodayIsDone() throws Exception {
		at(this.wednesday, 10, 0);
		assertThat(days(therapistDay())).containsExactly(this.wednesday.toString());

		at(this.wednesday, 17, 30);
		assertThat(days(therapistDay())).containsExactly(this.wednesday.plusDays(1).toString());

		at(this.wednesday.plusDays(3), 9, 0);
		assertThat(days(therapistDay())).containsExactly(this.wednesday.plusDays(5).toString());
	}

	@Test
	void aDayOffPointsToTheNextWorkingDay() throws Exception {
		at(this.wednesday, 10, 0);
		LocalDate saturday = this.wednesday.plusDays(3);

		String page = this.mvc
			.perform(get("/calendar/therapists/" + this.therapist).param("view", "day")
				.param("date", saturday.toString())
				.with(user(this.therapistLogin)))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Not working");
		Matcher next = Pattern.compile("class=\"cal-next-working\"\\s+href=\"([^\"]+)\">([^<]+)<").matcher(page);
		assertThat(next.find()).isTrue();
		assertThat(next.group(2)).isEqualTo("Next working day: Monday " + saturday.plusDays(2).getDayOfMonth() + " "
				+ saturday.plusDays(2).getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK));
		assertThat(next.group(1)).contains("date=" + saturday.plusDays(2));
	}

	@Test
	void timeOffIsPassedOverWhenChoosingTheOpeningDay() throws Exception {
		at(this.wednesday, 18, 0);
		this.jdbc.update("insert into time_off (therapist_id, first_day, last_day, reason) values (?, ?, ?, 'Training')",
				this.therapist, this.wednesday.plusDays(1), this.wednesday.plusDays(2));

		assertThat(days(therapistDay())).containsExactly(this.wednesday.plusDays(5).toString());
	}

	private void at(LocalDate day, int hour, int minute) {
		this.clock.moveTo(LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(LONDON).toInstant());
	}

	private String deskWeek() throws Exception {
		return this.mvc.perform(get("/calendar/therapists/" + this.therapist).with(user(this.desk)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String therapistDay() throws Exception {
		String to = this.mvc.perform(get("/calendar").with(user(this.therapistLogin)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return this.mvc.perform(get(to).with(user(this.therapistLogin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The days on screen, as the links to each day's own page name them. */
	private static List<String> days(String page) {
		Matcher heads = DAY_HEAD.matcher(page);
		List<String> days = new java.util.ArrayList<>();
		while (heads.find()) {
			days.add(heads.group(1));
		}
		return days;
	}

}
