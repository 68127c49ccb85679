package com.holdspace.booking;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

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
import com.holdspace.shared.ClinicTime;

/** The front desk keeps therapists' weeks and time off; a therapist reads their own. */
@IntegrationTest
class ScheduleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserDetailsService users;

	@Autowired
	ClinicResources resources;

	@Autowired
	BookingFixtures booking;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ClinicTime clinicTime;

	private UserDetails desk;

	private String therapistEmail;

	private long therapist;

	private String page;

	@BeforeEach
	void people() {
		this.desk = this.users.loadUserByUsername(this.fixtures.staffMember(Role.FRONT_DESK));
		this.therapistEmail = this.fixtures.staffMember(Role.THERAPIST);
		this.therapist = this.fixtures.staffId(this.therapistEmail);
		this.page = "/schedule/therapists/" + this.therapist;
	}

	@Test
	void theFrontDeskAddsWorkingHoursShownInClinicTime() throws Exception {
		this.mvc.perform(addHours(this.desk, "WEDNESDAY", "09:30", "13:00"))
			.andExpect(redirectedUrl(this.page + "#week"))
			.andExpect(flash().attribute("notice", "schedule.notice.hoursAdded"));

		assertThat(this.resources.workingHours(this.therapist)).singleElement().satisfies(span -> {
			assertThat(span.getDay()).isEqualTo(DayOfWeek.WEDNESDAY);
			assertThat(span.getStarts()).isEqualTo(LocalTime.of(9, 30));
			assertThat(span.getEnds()).isEqualTo(LocalTime.of(13, 0));
		});
		assertThat(this.jdbc.queryForObject("select starts::text from working_hours where therapist_id = ?", String.class,
				this.therapist)).isEqualTo("09:30:00");
		this.mvc.perform(get(this.page).with(user(this.desk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("09:30\u201313:00")));
	}

	@Test
	void overlappingHoursOnTheSameDayAreRefusedNamingTheSpanAlreadyThere() throws Exception {
		this.mvc.perform(addHours(this.desk, "MONDAY", "09:00", "13:00")).andExpect(status().isFound());

		this.mvc.perform(addHours(this.desk, "MONDAY", "12:00", "15:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"id=\"starts-error\">This overlaps 09:00\u201313:00 on Monday, already in the week.")))
			.andExpect(content().string(containsString("value=\"12:00\"")))
			.andExpect(content().string(containsString("value=\"15:00\"")));

		assertThat(this.resources.workingHours(this.therapist)).hasSize(1);
	}

	@Test
	void spansThatOnlyTouchAreAllowedAndTheSameSpanTwiceIsKeptOnce() throws Exception {
		this.mvc.perform(addHours(this.desk, "FRIDAY", "09:00", "12:30")).andExpect(status().isFound());
		this.mvc.perform(addHours(this.desk, "FRIDAY", "12:30", "17:00")).andExpect(status().isFound());
		this.mvc.perform(addHours(this.desk, "FRIDAY", "12:30", "17:00")).andExpect(status().isFound());
		this.mvc.perform(addHours(this.desk, "SATURDAY", "12:00", "15:00")).andExpect(status().isFound());

		assertThat(this.resources.workingHours(this.therapist)).hasSize(3);
	}

	@Test
	void hoursThatEndBeforeTheyStartAreRefusedNextToTheEnd() throws Exception {
		this.mvc.perform(addHours(this.desk, "TUESDAY", "17:00", "09:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"ends-error\">The end must be after the start.")));
		this.mvc.perform(addHours(this.desk, "", "", "9 am"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"day-error\">Please choose a day.")))
			.andExpect(content().string(containsString("id=\"ends-error\">Please enter a time like 09:00.")));

		assertThat(this.resources.workingHours(this.therapist)).isEmpty();
	}

	@Test
	void aRemovedSpanIsNoLongerWorked() throws Exception {
		this.mvc.perform(addHours(this.desk, "THURSDAY", "10:00", "16:00")).andExpect(status().isFound());
		long span = this.resources.workingHours(this.therapist).get(0).getId();

		this.mvc.perform(post(this.page + "/hours/" + span + "/remove").with(user(this.desk)).with(csrf()))
			.andExpect(redirectedUrl(this.page + "#week"))
			.andExpect(flash().attribute("notice", "schedule.notice.hoursRemoved"));

		assertThat(this.resources.workingHours(this.therapist)).isEmpty();
	}

	@Test
	void timeOffIsAddedShownWithSessionsStillBookedAndRemoved() throws Exception {
		long worker = this.booking.therapist();
		long client = this.fixtures.client("Booked Before Holiday");
		var tenOClock = this.booking.at(3, DayOfWeek.TUESDAY, 10, 0);
		this.booking.book(client, this.booking.standard(), worker, this.booking.room(), tenOClock);
		LocalDate tuesday = tenOClock.atZone(this.clinicTime.zone()).toLocalDate();
		String schedule = "/schedule/therapists/" + worker;

		this.mvc.perform(addTimeOff(worker, tuesday.minusDays(1).toString(), tuesday.plusDays(3).toString(), "Training"))
			.andExpect(redirectedUrl(schedule + "#time-off"))
			.andExpect(flash().attribute("notice", "schedule.notice.timeOffAdded"));

		List<TimeOff> away = this.resources.upcomingTimeOff(worker, TestClock.today());
		assertThat(away).singleElement().satisfies(off -> {
			assertThat(off.getFirstDay()).isEqualTo(tuesday.minusDays(1));
			assertThat(off.getLastDay()).isEqualTo(tuesday.plusDays(3));
			assertThat(off.getReason()).isEqualTo("Training");
		});
		this.mvc.perform(get(schedule).with(user(this.desk)))
			.andExpect(content().string(containsString("Training")))
			.andExpect(content().string(containsString("1 session still booked: move or cancel it")));

		this.mvc.perform(post(schedule + "/time-off/" + away.get(0).getId() + "/remove").with(user(this.desk)).with(csrf()))
			.andExpect(flash().attribute("notice", "schedule.notice.timeOffRemoved"));
		assertThat(this.resources.upcomingTimeOff(worker, TestClock.today())).isEmpty();
		this.mvc.perform(get(schedule).with(user(this.desk)))
			.andExpect(content().string(containsString("No time off ahead.")));
	}

	@Test
	void timeOffThatEndsBeforeItStartsOrHasPassedOrOverlapsIsRefused() throws Exception {
		LocalDate today = TestClock.today();
		this.mvc.perform(addTimeOff(this.therapist, today.plusDays(10).toString(), today.plusDays(8).toString(), ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"lastDay-error\">The last day cannot be before the first day.")));
		this.mvc.perform(addTimeOff(this.therapist, today.minusDays(5).toString(), today.minusDays(2).toString(), ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"lastDay-error\">This time off has already ended.")));
		this.mvc.perform(addTimeOff(this.therapist, today.plusDays(20).toString(), today.plusDays(22).toString(), "Holiday"))
			.andExpect(status().isFound());
		this.mvc.perform(addTimeOff(this.therapist, today.plusDays(20).toString(), today.plusDays(22).toString(), "Holiday"))
			.andExpect(status().isFound());
		this.mvc.perform(addTimeOff(this.therapist, today.plusDays(22).toString(), today.plusDays(25).toString(), "Course"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"firstDay-error\">These days overlap time off already recorded")))
			.andExpect(content().string(containsString("value=\"Course\"")));

		assertThat(this.resources.upcomingTimeOff(this.therapist, today)).hasSize(1);
	}

	@Test
	void aTherapistReadsTheirOwnScheduleWithoutAnyWayToChangeIt() throws Exception {
		this.mvc.perform(addHours(this.desk, "MONDAY", "09:00", "17:00")).andExpect(status().isFound());
		var me = this.users.loadUserByUsername(this.therapistEmail);

		this.mvc.perform(get(this.page).with(user(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("09:00\u201317:00")))
			.andExpect(content().string(containsString("To change it, ask the front desk or an admin.")))
			.andExpect(content().string(not(containsString("/hours\""))))
			.andExpect(content().string(not(containsString("/remove\""))))
			.andExpect(content().string(not(containsString("Add time off"))));
		this.mvc.perform(get("/schedule").with(user(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.page)))
			.andExpect(content().string(not(containsString("/schedule/therapists/" + this.booking.therapist()))));
	}

	@Test
	void aTherapistCannotSeeAnotherTherapistsScheduleNorChangeTheirOwn() throws Exception {
		var me = this.users.loadUserByUsername(this.therapistEmail);
		long colleague = this.booking.therapist();

		this.mvc.perform(get("/schedule/therapists/" + colleague).with(user(me))).andExpect(status().isNotFound());
		this.mvc.perform(addHours(me, "MONDAY", "09:00", "17:00")).andExpect(status().isForbidden());
		this.mvc.perform(post(this.page + "/time-off").with(user(me)).with(csrf())
				.param("firstDay", TestClock.today().plusDays(3).toString())
				.param("lastDay", TestClock.today().plusDays(3).toString()))
			.andExpect(status().isForbidden());

		assertThat(this.resources.workingHours(this.therapist)).isEmpty();
		assertThat(this.resources.upcomingTimeOff(this.therapist, TestClock.today())).isEmpty();
	}

	@Test
	void onlyTherapistsHaveSchedules() throws Exception {
		long deskId = this.fixtures.staffId(this.desk.getUsername());
		this.mvc.perform(get("/schedule/therapists/" + deskId).with(user(this.desk))).andExpect(status().isNotFound());
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder addHours(UserDetails who,
			String day, String starts, String ends) {
		return post(this.page + "/hours").with(user(who))
			.with(csrf())
			.param("day", day)
			.param("starts", starts)
			.param("ends", ends);
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder addTimeOff(long therapistId,
			String first, String last, String reason) {
		return post("/schedule/therapists/" + therapistId + "/time-off").with(user(this.desk))
			.with(csrf())
			.param("firstDay", first)
			.param("lastDay", last)
			.param("reason", reason);
	}

}
