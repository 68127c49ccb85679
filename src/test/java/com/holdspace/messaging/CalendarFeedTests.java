package com.holdspace.messaging;

import static com.holdspace.SignedIn.user;
import static com.holdspace.messaging.BookingCalendarTests.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.booking.Actor;
import com.holdspace.booking.Booking;
import com.holdspace.booking.BookingView;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.booking.BookingService;
import com.holdspace.staff.Role;
import com.holdspace.shared.SecretTokens;

@IntegrationTest
class CalendarFeedTests {

	private static final Pattern FEED_URL = Pattern.compile("http://localhost:8080/feeds/([A-Za-z0-9_-]{43})\\.ics");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	MessagingFixtures messaging;

	@Autowired
	BookingFixtures booking;

	@Autowired
	BookingService bookings;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	private UserDetails therapist;

	private long therapistId;

	@BeforeEach
	void therapist() {
		String email = this.messaging.therapistLogin();
		this.therapist = this.users.loadUserByUsername(email);
		this.therapistId = this.fixtures.staffId(email);
	}

	@Test
	void theFeedShowsTheTherapistsSessionsWithClientsByInitialsOnly() throws Exception {
		long client = this.fixtures.client("Maya Okafor");
		long room = this.booking.room();
		BookingView kept = this.booking.book(client, this.booking.standard(), this.therapistId, room,
				this.booking.at(1, DayOfWeek.MONDAY, 10, 0));
		BookingView cancelled = this.booking.book(client, this.booking.standard(), this.therapistId, room,
				this.booking.at(1, DayOfWeek.MONDAY, 14, 0));
		this.bookings.cancel(cancelled.id(), cancelled.version(), "Feeling unwell", new Actor(null, "Desk"));
		this.mvc.perform(get("/calendar/feed").with(user(this.therapist)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You have no calendar feed.")));

		String token = createFeed();
		String ics = this.mvc.perform(get("/feeds/" + token + ".ics"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		Calendar calendar = MessagingFixtures.parse(ics);
		assertThat(value(calendar, Property.METHOD)).isEqualTo("PUBLISH");
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).extracting(event -> value(event, Property.UID))
			.containsExactly(kept.calendarUid() + "@holdspace", cancelled.calendarUid() + "@holdspace");
		assertThat(value(events.get(0), Property.SUMMARY)).isEqualTo("Standard session · M. O.");
		assertThat(value(events.get(1), Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(ics).doesNotContain("Maya").doesNotContain("Okafor").doesNotContain("unwell").doesNotContain("@test");
	}

	@Test
	void aNewLinkOrARevokedOneLeavesTheOldLinkAnsweringNotFound() throws Exception {
		String first = createFeed();
		this.mvc.perform(get("/feeds/" + first + ".ics")).andExpect(status().isOk());

		String second = createFeed();

		assertThat(second).isNotEqualTo(first);
		this.mvc.perform(get("/feeds/" + first + ".ics")).andExpect(status().isNotFound())
			.andExpect(content().string(""));
		this.mvc.perform(get("/feeds/" + second + ".ics")).andExpect(status().isOk());

		this.mvc.perform(post("/calendar/feed/revoke").with(user(this.therapist)).with(csrf()))
			.andExpect(status().isFound());

		this.mvc.perform(get("/feeds/" + second + ".ics")).andExpect(status().isNotFound());
		this.mvc.perform(get("/calendar/feed").with(user(this.therapist)))
			.andExpect(content().string(containsString("You have no calendar feed.")));
	}

	@Test
	void anAdminCanStopATherapistsFeed() throws Exception {
		String token = createFeed();
		UserDetails admin = this.users.loadUserByUsername(this.fixtures.staffMember(Role.ADMIN));

		this.mvc.perform(post("/admin/staff/" + this.therapistId + "/calendar-feed/revoke").with(user(admin)).with(csrf()))
			.andExpect(status().isFound());

		this.mvc.perform(get("/feeds/" + token + ".ics")).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/staff/" + this.therapistId).with(user(admin)))
			.andExpect(content().string(containsString("Stop their calendar feed")));
	}

	@Test
	void aGuessedTokenAnswersNotFoundWithNothingElse() throws Exception {
		this.mvc.perform(get("/feeds/" + "A".repeat(43) + ".ics"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(""));
		this.mvc.perform(get("/feeds/short.ics")).andExpect(status().isNotFound()).andExpect(content().string(""));
	}

	@Test
	void theLinkIsShownOnceAndOnlyItsHashIsKept() throws Exception {
		String token = createFeed();

		this.mvc.perform(get("/calendar/feed").with(user(this.therapist)))
			.andExpect(content().string(not(containsString(token))))
			.andExpect(content().string(containsString("For your safety it was shown only then")));
		assertThat(this.jdbc.queryForObject("select token_sha256 from calendar_feed where therapist_id = ?",
				String.class, this.therapistId)).isEqualTo(SecretTokens.sha256(token));
		assertThat(this.jdbc.queryForObject("select count(*) from calendar_feed c where row_to_json(c)::text like ?",
				Integer.class, "%" + token + "%")).isZero();
	}

	/** Presses "Make a feed link" and reads the link off the page it leads to, the one time it is there. */
	private String createFeed() throws Exception {
		var tablet = this.fixtures.signIn(this.mvc, this.therapist.getUsername());
		this.mvc.perform(post("/calendar/feed").cookie(tablet).with(csrf())).andExpect(status().isFound());
		String page = this.mvc.perform(get("/calendar/feed").cookie(tablet))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("You have no calendar feed."))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher url = FEED_URL.matcher(page);
		assertThat(url.find()).as("the page shows the feed link").isTrue();
		return url.group(1);
	}

}
