package com.holdspace.web;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.TestClock;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.intake.IntakeService;
import com.holdspace.staff.Role;

/**
 * The security review's bad input, each answered with a 400 or an error next to its field, and
 * nothing stored: a date in the year 9999, a choice no form offers, a site that does not exist.
 */
@IntegrationTest
class BadInputTests {

	private static final String DATE_RANGE = "Please enter a real date between 1900 and 100 years from today.";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	BookingFixtures bookings;

	@Autowired
	UserDetailsService users;

	@Autowired
	IntakeService intakes;

	@Autowired
	JdbcTemplate jdbc;

	private UserDetails desk;

	private UserDetails admin;

	private long therapist;

	private long client;

	@BeforeEach
	void people() {
		this.desk = this.users.loadUserByUsername(this.fixtures.staffMember(Role.FRONT_DESK));
		this.admin = this.users.loadUserByUsername(this.fixtures.staffMember(Role.ADMIN));
		this.therapist = this.bookings.therapist();
		this.client = this.fixtures.client("Bad Input Client");
	}

	@Test
	void aCalendarOnTheLastDayOf9999IsRefusedAs400NamingTheDate() throws Exception {
		this.mvc.perform(get("/calendar/therapists/" + this.therapist).param("date", "9999-12-31").with(user(this.desk)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/calendar/rooms/" + this.bookings.room()).param("date", "0000-00-00").with(user(this.desk)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theLastDayOfTheClinicsRangeStillOpensTheCalendarAndTheDayAfterIsRefused() throws Exception {
		String last = TestClock.today().plusYears(100).toString();
		this.mvc.perform(get("/calendar/therapists/" + this.therapist).param("date", last).with(user(this.desk)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/calendar/therapists/" + this.therapist)
			.param("date", TestClock.today().plusYears(100).plusDays(1).toString())
			.with(user(this.desk))).andExpect(status().isBadRequest());
		this.mvc.perform(get("/calendar/therapists/" + this.therapist).param("date", "1899-12-31").with(user(this.desk)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aBookingFormForTheYear9999IsRefusedAndABookingForItIsAnErrorNextToTheDate() throws Exception {
		this.mvc.perform(get("/bookings/new").param("clientId", String.valueOf(this.client))
			.param("therapistId", String.valueOf(this.therapist))
			.param("sessionTypeId", String.valueOf(this.bookings.standard()))
			.param("date", "9999-12-31")
			.with(user(this.desk))).andExpect(status().isBadRequest());

		this.mvc.perform(post("/bookings").with(user(this.desk))
			.with(csrf())
			.param("creationToken", UUID.randomUUID().toString())
			.param("clientId", String.valueOf(this.client))
			.param("sessionTypeId", String.valueOf(this.bookings.standard()))
			.param("therapistId", String.valueOf(this.therapist))
			.param("date", "9999-12-31")
			.param("time", "10:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"date-error\">" + DATE_RANGE)))
			.andExpect(content().string(containsString("value=\"9999-12-31\"")));
		assertThat(this.jdbc.queryForObject("select count(*) from booking where client_id = ?", Integer.class,
				this.client)).isZero();
	}

	@Test
	void anIntakeAutosaveRefusesADateInTheYear9999AndNamesTheField() throws Exception {
		autosave("surgeryDate", "9999-12-31").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalid[0].field").value("surgeryDate"))
			.andExpect(jsonPath("$.invalid[0].message").value(DATE_RANGE))
			.andExpect(jsonPath("$.savedAt").doesNotExist());
		autosave("surgeryDate", "0000-00-00").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalid[0].field").value("surgeryDate"));

		assertThat(this.jdbc.queryForObject("select count(*) from intake_draft where client_id = ?", Integer.class,
				this.client)).isZero();
	}

	@Test
	void anIntakeAutosaveRefusesAPressureTheFormDoesNotOfferAndKeepsNothing() throws Exception {
		autosave("pressure", "FIRM").andExpect(status().isOk());
		autosave("pressure", "CRUSHING").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalid[0].field").value("pressure"))
			.andExpect(jsonPath("$.savedAt").doesNotExist());

		assertThat(this.intakes.workingCopy(this.client).getPressure()).hasToString("FIRM");
	}

	@Test
	void aRoomAtASiteThatDoesNotExistIsAnErrorNextToTheSiteAndNoRoomIsAdded() throws Exception {
		for (String site : new String[] { "-1", "99999" }) {
			String name = "Nowhere room " + UUID.randomUUID();
			this.mvc.perform(post("/admin/rooms").with(user(this.admin))
				.with(csrf())
				.param("creationToken", UUID.randomUUID().toString())
				.param("name", name)
				.param("siteId", site))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"siteId-error\">There is no such site.")));
			assertThat(this.jdbc.queryForObject("select count(*) from room where name = ?", Integer.class, name))
				.isZero();
		}
	}

	@Test
	void aStaffMemberAtASiteThatDoesNotExistIsAnErrorNextToTheSiteAndNoAccountIsOpened() throws Exception {
		String email = Fixtures.uniqueEmail("nowhere");
		this.mvc.perform(post("/admin/staff").with(user(this.admin))
			.with(csrf())
			.param("displayName", "Nowhere Staff")
			.param("email", email)
			.param("role", "FRONT_DESK")
			.param("password", "correct horse battery staple")
			.param("siteId", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"siteId-error\">There is no such site.")));
		assertThat(this.jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, email))
			.isZero();

		long staff = this.fixtures.staffId(this.fixtures.staffMember(Role.FRONT_DESK));
		Long before = siteOf(staff);
		this.mvc.perform(post("/admin/staff/" + staff + "/site").with(user(this.admin)).with(csrf()).param("siteId", "99999"))
			.andExpect(flash().attribute("problem", "staff.error.siteUnknown"));
		assertThat(siteOf(staff)).isEqualTo(before);
	}

	private Long siteOf(long account) {
		return this.jdbc.queryForObject("select site_id from account where id = ?", Long.class, account);
	}

	private ResultActions autosave(String field, String value) throws Exception {
		return this.mvc.perform(post("/clients/" + this.client + "/intake/draft").with(user(this.admin))
			.with(csrf())
			.param("overwrite", "true")
			.param(field, value));
	}

}
