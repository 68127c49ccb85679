package com.holdspace.waitlist;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

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
import com.holdspace.staff.Role;

/** Staff put a client on the waitlist, see who waits, and take them off. */
@IntegrationTest
class WaitlistEntryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	WaitlistFixtures waitlist;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	private UserDetails frontDesk;

	private long therapist;

	@BeforeEach
	void signIn() {
		this.frontDesk = this.users.loadUserByUsername(this.fixtures.staffMember(Role.FRONT_DESK));
		this.therapist = this.waitlist.therapist();
	}

	@Test
	void aFormWithMistakesComesBackWithMessagesNextToTheFieldsAndWhatWasTyped() throws Exception {
		long clientId = this.fixtures.client("Form Mistakes");

		this.mvc.perform(submit(clientId).param("note", "Mornings suit best after the school run")
			.param("windows[0].dayOfWeek", "2")
			.param("windows[0].starts", "11:00")
			.param("windows[0].ends", "10:00")
			.param("windows[1].starts", "09:15"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"sessionTypeId-error\">Please choose a session type.")))
			.andExpect(content().string(containsString("id=\"windows0.ends-error\">The end must be after the start.")))
			.andExpect(content().string(containsString("id=\"windows1.dayOfWeek-error\">Please choose a day.")))
			.andExpect(content().string(containsString("id=\"windows1.ends-error\">Please give a time.")))
			.andExpect(content().string(containsString("Mornings suit best after the school run")))
			.andExpect(content().string(containsString("value=\"11:00\"")))
			.andExpect(content().string(containsString("value=\"09:15\"")))
			.andExpect(content().string(containsString("<option value=\"2\" selected=\"selected\">Tuesday</option>")));

		assertThat(entriesOf(clientId)).isEmpty();
	}

	@Test
	void atLeastOneTimeIsNeededAndATimeShorterThanTheSessionIsRefused() throws Exception {
		long clientId = this.fixtures.client("Needs Times");

		this.mvc.perform(submit(clientId).param("sessionTypeId", String.valueOf(this.waitlist.standard())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"windows-error\">Please give at least one day and time they can come.")));
		this.mvc.perform(submit(clientId).param("sessionTypeId", String.valueOf(this.waitlist.standard()))
			.param("windows[0].dayOfWeek", "1")
			.param("windows[0].starts", "09:00")
			.param("windows[0].ends", "09:30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"windows0.ends-error\">This is shorter than the session (60 minutes).")));

		assertThat(entriesOf(clientId)).isEmpty();
	}

	@Test
	void aValidEntryIsSavedWithItsTimesAndEmptyRowsLeftOut() throws Exception {
		long clientId = this.fixtures.client("Valid Entry");

		this.mvc.perform(validForm(clientId))
			.andExpect(redirectedUrl("/clients/" + clientId))
			.andExpect(flash().attribute("notice", "waitlist.notice.added"));

		List<Map<String, Object>> saved = entriesOf(clientId);
		assertThat(saved).singleElement().satisfies(entry -> {
			assertThat(entry.get("status")).isEqualTo("WAITING");
			assertThat(entry.get("session_type_id")).isEqualTo(this.waitlist.standard());
			assertThat(entry.get("therapist_id")).isEqualTo(this.therapist);
			assertThat(entry.get("note")).isEqualTo("Prefers the quiet room");
		});
		assertThat(this.jdbc.queryForList(
				"select day_of_week || ' ' || starts || '-' || ends from waitlist_window where entry_id = ? order by day_of_week",
				String.class, saved.get(0).get("id")))
			.containsExactly("1 09:00:00-12:00:00", "4 14:30:00-18:00:00");
	}

	@Test
	void aDoubleTappedSaveMakesOneEntry() throws Exception {
		long clientId = this.fixtures.client("Double Tap");

		this.mvc.perform(validForm(clientId)).andExpect(redirectedUrl("/clients/" + clientId));
		this.mvc.perform(validForm(clientId)).andExpect(redirectedUrl("/clients/" + clientId));

		assertThat(entriesOf(clientId)).hasSize(1);
	}

	@Test
	void oneFormSentTwiceMakesOneEntryEvenIfItsNoteWasChangedInBetween() throws Exception {
		long clientId = this.fixtures.client("Token Tapper");
		String token = java.util.UUID.randomUUID().toString();

		this.mvc.perform(validForm(clientId).param("creationToken", token)).andExpect(redirectedUrl("/clients/" + clientId));
		this.mvc.perform(validForm(clientId).param("creationToken", token).param("note", "Changed my mind"))
			.andExpect(redirectedUrl("/clients/" + clientId));

		assertThat(entriesOf(clientId)).hasSize(1).first().satisfies(entry -> assertThat(entry.get("creation_token"))
			.hasToString(token));
	}

	@Test
	void theWaitlistShowsWhoWaitsOldestFirstAndStaffCanRemoveThem() throws Exception {
		long older = this.fixtures.client("Older Waiter");
		long newer = this.fixtures.client("Newer Waiter");
		long olderEntry = this.waitlist.entry(older, this.waitlist.standard(), this.therapist, DayOfWeek.MONDAY,
				LocalTime.of(9, 0), LocalTime.of(12, 0));
		this.waitlist.entry(newer, this.waitlist.standard(), null, DayOfWeek.FRIDAY, LocalTime.of(13, 0),
				LocalTime.of(17, 30));
		long newerEntry = (Long) entriesOf(newer).get(0).get("id");
		try {
			String page = this.mvc.perform(get("/waitlist").with(user(this.frontDesk)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("Older Waiter", "Newer Waiter", "Monday 09:00 to 12:00", "Friday 13:00 to 17:30",
					"Any therapist", "Test therapist", "No offers yet.");
			assertThat(page.indexOf("Older Waiter")).isLessThan(page.indexOf("Newer Waiter"));

			this.mvc.perform(post("/waitlist/" + olderEntry + "/remove").param("version", "5")
				.with(user(this.frontDesk))
				.with(csrf()))
				.andExpect(redirectedUrl("/waitlist"))
				.andExpect(flash().attribute("problem", "stale.waitlistEntry"));
			assertThat(this.waitlist.entryStatus(olderEntry)).isEqualTo("WAITING");

			this.mvc.perform(post("/waitlist/" + olderEntry + "/remove").param("version", "0")
				.with(user(this.frontDesk))
				.with(csrf()))
				.andExpect(redirectedUrl("/waitlist"))
				.andExpect(flash().attribute("notice", "waitlist.notice.removed"));
			assertThat(this.waitlist.entryStatus(olderEntry)).isEqualTo("REMOVED");
			this.mvc.perform(get("/waitlist").with(user(this.frontDesk)))
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Older Waiter"))));
		}
		finally {
			this.waitlist.remove(newerEntry);
		}
	}

	@Test
	void theClientPageShowsTheirEntriesAndAWayToAddOne() throws Exception {
		long clientId = this.fixtures.client("Hub Card");
		this.waitlist.entry(clientId, this.waitlist.standard(), this.therapist, DayOfWeek.WEDNESDAY, LocalTime.of(10, 0),
				LocalTime.of(13, 0));

		this.mvc.perform(get("/clients/" + clientId).with(user(this.frontDesk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wednesday 10:00 to 13:00")))
			.andExpect(content().string(containsString("href=\"/waitlist/new?clientId=" + clientId + "\"")));
		this.mvc.perform(get("/waitlist/new").param("clientId", String.valueOf(clientId)).with(user(this.frontDesk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Add Hub Card to the waitlist")))
			.andExpect(content().string(containsString("Test therapist")));
	}

	private MockHttpServletRequestBuilder submit(long clientId) {
		return post("/waitlist").param("clientId", String.valueOf(clientId)).with(user(this.frontDesk)).with(csrf());
	}

	private MockHttpServletRequestBuilder validForm(long clientId) {
		return submit(clientId).param("sessionTypeId", String.valueOf(this.waitlist.standard()))
			.param("therapistId", String.valueOf(this.therapist))
			.param("windows[0].dayOfWeek", "4")
			.param("windows[0].starts", "14:30")
			.param("windows[0].ends", "18:00")
			.param("windows[1].dayOfWeek", "")
			.param("windows[1].starts", "")
			.param("windows[1].ends", "")
			.param("windows[2].dayOfWeek", "1")
			.param("windows[2].starts", "09:00")
			.param("windows[2].ends", "12:00")
			.param("note", "  Prefers the quiet room ");
	}

	private List<Map<String, Object>> entriesOf(long clientId) {
		return this.jdbc.queryForList("select * from waitlist_entry where client_id = ? order by id", clientId);
	}

}
