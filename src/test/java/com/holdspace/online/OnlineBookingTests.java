package com.holdspace.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
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
import com.holdspace.StatementCounter;
import com.holdspace.TestClock;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.booking.BookingService;
import com.holdspace.booking.BookingStatus;
import com.holdspace.booking.BookingViews;
import com.holdspace.messaging.MessagingFixtures;
import com.holdspace.shared.RateLimits;
import com.holdspace.shared.ReferenceData;
import com.holdspace.staff.Role;

/** A new client books themself on the public pages: the time is held, confirmed by the emailed link, or lapses. */
@IntegrationTest
class OnlineBookingTests {

	private static final String SENT = "If the time could be held, we have emailed you a link.";

	@Autowired
	MockMvc mvc;

	@Autowired
	BookingFixtures booking;

	@Autowired
	Fixtures fixtures;

	@Autowired
	BookingViews views;

	@Autowired
	BookingService bookings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RateLimits limits;

	@Autowired
	TestClock clock;

	@Autowired
	StatementCounter statements;

	@Autowired
	UserDetailsService users;

	@Autowired
	LapsedHolds lapsedHolds;

	@Autowired
	ReferenceData referenceData;

	private long site;

	private long therapist;

	private long trial;

	private Instant start;

	@AfterEach
	void giveTheAddressItsRequestsBack() {
		this.limits.forget(RateLimits.Limit.ONLINE_REQUESTS, "127.0.0.1");
	}

	@BeforeEach
	void aSiteOfItsOwn() {
		this.limits.forget(RateLimits.Limit.ONLINE_REQUESTS, "127.0.0.1");
		this.limits.forget(OnlineThrottle.PAGES, "127.0.0.1");
		this.site = this.booking.site("Online " + UUID.randomUUID().toString().substring(0, 8));
		this.booking.roomAt(this.site);
		this.therapist = this.booking.therapistAt(this.site, "Rowan Online");
		this.trial = this.booking.type("Trial session");
		this.start = this.booking.at(2, DayOfWeek.TUESDAY, 10, 0);
	}

	@Test
	void aNewClientHoldsATimeAndConfirmsItByTheEmailedLink() throws Exception {
		String page = this.mvc.perform(get("/book").param("site", String.valueOf(this.site))
			.param("day", day().toString())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Trial session, 30 minutes", "Rowan Online", "10:00")
			.doesNotContain("Standard session, 60 minutes");
		String email = "new.client." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

		this.mvc.perform(details(email)).andExpect(redirectedUrl("/book/sent"));

		Map<String, Object> held = this.jdbc.queryForMap(
				"select b.id, b.client_id, b.booked_online, b.unconfirmed_until, b.status, c.legal_name from booking b join client c on c.id = b.client_id where lower(c.email) = ?",
				email);
		assertThat(held.get("booked_online")).isEqualTo(true);
		assertThat(held.get("status")).isEqualTo("BOOKED");
		assertThat(held.get("legal_name")).isEqualTo("Robin Newcomer");
		assertThat(((java.sql.Timestamp) held.get("unconfirmed_until")).toInstant())
			.isBetween(TestClock.current().plus(Duration.ofMinutes(14)), TestClock.current().plus(Duration.ofMinutes(16)));
		long bookingId = (Long) held.get("id");
		// the booking's own confirmation and calendar invitation wait for the link to be opened
		assertThat(kindsSentTo(email)).containsExactly("ONLINE_CONFIRM");
		String token = tokenSentTo(email);

		String open = this.mvc.perform(get("/book/confirm/" + token)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(open).contains("Confirm your booking", "Trial session");
		assertThat(this.views.view(bookingId).isUnconfirmed()).as("opening the link alone confirms nothing").isTrue();

		String confirmed = this.mvc.perform(post("/book/confirm/" + token).with(csrf())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(confirmed).contains("You are booked in", "Set up my account");
		assertThat(this.views.view(bookingId).isUnconfirmed()).isFalse();
		assertThat(this.views.history(bookingId)).extracting(event -> event.getKind().name() + " by " + event.getActorName())
			.containsExactly("BOOKED by the client, online", "CONFIRMED_ONLINE by the client, online");
		assertThat(kindsSentTo(email)).containsExactly("ONLINE_CONFIRM", "CONFIRMATION");
		assertThat(this.jdbc.queryForObject("select count(*) from portal_invitation where client_id = ? and invited_by is null",
				Integer.class, held.get("client_id"))).isOne();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where client_id = ? and subject like 'Online booking%'", Integer.class,
				held.get("client_id"))).isEqualTo(2);

		// a second tap, or the link opened again, confirms nothing twice
		this.mvc.perform(post("/book/confirm/" + token).with(csrf())).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("You are booked in")));
		assertThat(this.views.history(bookingId)).hasSize(2);
	}

	@Test
	void theDeskSeesOnlineBookingsMarkedAndTheHoldsWaitingForTheirLinkAndClientsCannot() throws Exception {
		String email = "desk.sees." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		this.mvc.perform(details(email)).andExpect(redirectedUrl("/book/sent"));
		long bookingId = this.jdbc.queryForObject(
				"select b.id from booking b join client c on c.id = b.client_id where c.email = ?", Long.class, email);
		UserDetails desk = this.users.loadUserByUsername(this.fixtures.staffMember(Role.FRONT_DESK));

		String list = this.mvc.perform(get("/bookings/online").with(user(desk))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		String detail = this.mvc.perform(get("/bookings/" + bookingId).with(user(desk))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(list).contains("Waiting for the client to confirm", "/bookings/" + bookingId, "Robin");
		assertThat(detail).contains("id=\"booked-online\"", "id=\"unconfirmed\"");
		UserDetails client = this.users.loadUserByUsername(this.fixtures.clientWithLogin("Nosy Client"));
		this.mvc.perform(get("/bookings/online").with(user(client))).andExpect(status().isForbidden());
		this.mvc.perform(get("/bookings/online")).andExpect(status().is3xxRedirection());
	}

	@Test
	void aTimeBookedAtTheDeskLeavesThePublicPageAtOnce() throws Exception {
		MockHttpServletRequestBuilder page = get("/book").param("site", String.valueOf(this.site))
			.param("day", day().toString());
		assertThat(this.mvc.perform(page).andReturn().getResponse().getContentAsString()).contains(startParam());

		this.booking.book(this.fixtures.client("Desk Booked"), this.trial, this.therapist, null, this.start);

		assertThat(this.mvc.perform(page).andReturn().getResponse().getContentAsString()).doesNotContain(startParam());
	}

	private String startParam() {
		return "start=" + this.start;
	}

	@Test
	void anEmailThatIsAlreadyAClientsGetsTheSameAnswerAndBooksForThatClient() throws Exception {
		long known = this.fixtures.client("Already Known");
		String email = this.jdbc.queryForObject("select email from client where id = ?", String.class, known);
		int clientsBefore = this.jdbc.queryForObject("select count(*) from client", Integer.class);

		String answer = this.mvc.perform(details(email)).andExpect(redirectedUrl("/book/sent")).andReturn()
			.getResponse().getRedirectedUrl();

		assertThat(answer).isEqualTo("/book/sent");
		assertThat(this.jdbc.queryForObject("select count(*) from client", Integer.class)).isEqualTo(clientsBefore);
		assertThat(this.views.forClient(known)).singleElement()
			.satisfies(view -> assertThat(view.isUnconfirmed()).isTrue());
	}

	@Test
	void theSameFormSentTwiceHoldsOnceAndSendsOneEmail() throws Exception {
		String email = "double.tap." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		UUID token = UUID.randomUUID();

		this.mvc.perform(details(email, "", TestClock.current().minusSeconds(30), token)).andExpect(redirectedUrl("/book/sent"));
		this.mvc.perform(details(email, "", TestClock.current().minusSeconds(30), token)).andExpect(redirectedUrl("/book/sent"));

		assertThat(this.jdbc.queryForObject("select count(*) from client where email = ?", Integer.class, email)).isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from booking where therapist_id = ?", Integer.class,
				this.therapist)).isOne();
		assertThat(kindsSentTo(email)).containsExactly("ONLINE_CONFIRM");
	}

	@Test
	void aTimeThePageWouldNotOfferIsRefusedAlikeForEveryEmail() throws Exception {
		long known = this.fixtures.client("Known Elsewhere");
		String knownEmail = this.jdbc.queryForObject("select email from client where id = ?", String.class, known);
		this.start = this.booking.at(2, DayOfWeek.TUESDAY, 7, 0);

		String forKnown = this.mvc.perform(details(knownEmail)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		String forNew = this.mvc.perform(details("nobody." + UUID.randomUUID().toString().substring(0, 8) + "@example.org"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(forKnown).contains("Someone booked this time a moment ago");
		assertThat(forNew).contains("Someone booked this time a moment ago");
		assertThat(this.jdbc.queryForObject("select count(*) from booking where therapist_id = ?", Integer.class,
				this.therapist)).isZero();
	}

	@Test
	void aRecordTypedBySomeoneWhoNeverConfirmedIsNotTheClientThatEmailBelongsTo() throws Exception {
		String email = "squatted." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		this.mvc.perform(details(email)).andExpect(redirectedUrl("/book/sent"));
		this.start = this.start.plus(Duration.ofHours(2));

		this.mvc.perform(details(email)).andExpect(redirectedUrl("/book/sent"));

		assertThat(this.jdbc.queryForObject("select count(*) from client where email = ?", Integer.class, email))
			.as("the second request, its own record").isEqualTo(2);
	}

	@Test
	void aFormWithoutTheMomentItWasShownHoldsNothing() throws Exception {
		String email = "unshown." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

		this.mvc.perform(details(email, "", Instant.EPOCH)).andExpect(redirectedUrl("/book/sent"));

		assertThat(this.jdbc.queryForObject("select count(*) from client where email = ?", Integer.class, email)).isZero();
	}

	@Test
	void aLinkThatIsNotOneOpensNothing() throws Exception {
		this.mvc.perform(get("/book/confirm/not-a-token")).andExpect(status().isNotFound());
		this.mvc.perform(get("/book/confirm/" + "A".repeat(43))).andExpect(status().isNotFound());
		this.mvc.perform(post("/book/confirm/" + "A".repeat(43))).andExpect(status().isForbidden());
	}

	@Test
	void aFilledTrapOrAFormSentBackAtOnceHoldsNothingAndIsToldTheSame() throws Exception {
		String trapped = "trap." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		String hasty = "hasty." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

		this.mvc.perform(details(trapped, "http://spam.example", TestClock.current().minusSeconds(30))).andExpect(redirectedUrl("/book/sent"));
		this.mvc.perform(details(hasty, "", TestClock.current()))
			.andExpect(redirectedUrl("/book/sent"));

		assertThat(this.jdbc.queryForObject("select count(*) from client where email in (?, ?)", Integer.class, trapped,
				hasty)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from booking where therapist_id = ?", Integer.class,
				this.therapist)).isZero();
	}

	@Test
	void badDetailsAreShownNextToTheirFieldsAndKeepWhatWasTyped() throws Exception {
		String page = this.mvc.perform(details("not-an-email").param("phone", "")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("id=\"email-error\"", "id=\"phone-error\"", "value=\"Robin Newcomer\"",
				"value=\"not-an-email\"");
		assertThat(this.jdbc.queryForObject("select count(*) from booking where therapist_id = ?", Integer.class,
				this.therapist)).isZero();
	}

	@Test
	void aHoldNotConfirmedInTimeLapsesAndItsLinkNoLongerBooks() throws Exception {
		String email = "late." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		this.mvc.perform(details(email)).andExpect(redirectedUrl("/book/sent"));
		String token = tokenSentTo(email);
		long bookingId = this.jdbc.queryForObject(
				"select b.id from booking b join client c on c.id = b.client_id where c.email = ?", Long.class, email);

		this.clock.moveBy(Duration.ofMinutes(16));
		this.lapsedHolds.release();

		assertThat(this.views.view(bookingId).status()).isEqualTo(BookingStatus.CANCELLED);
		this.mvc.perform(post("/book/confirm/" + token).with(csrf())).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("This time is no longer held")));
		assertThat(this.views.view(bookingId).status()).isEqualTo(BookingStatus.CANCELLED);
		// the lapsed hold never sent a booking confirmation or a cancellation
		assertThat(kindsSentTo(email)).containsExactly("ONLINE_CONFIRM");
	}

	@Test
	void anAddressThatAsksTooOftenIsTurnedAwayWithTheClinicsNumber() throws Exception {
		for (int i = 0; i < RateLimits.Limit.ONLINE_REQUESTS.tries(); i++) {
			this.mvc.perform(details("") /* refused by validation, counted all the same */).andExpect(status().isOk());
		}

		this.mvc.perform(details("one.more@example.org")).andExpect(status().isTooManyRequests())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Please try again later")));
		assertThat(this.jdbc.queryForObject("select count(*) from client where email = 'one.more@example.org'",
				Integer.class)).isZero();
	}

	@Test
	void theBookingPageReadsABoundedNumberOfStatements() throws Exception {
		MockHttpServletRequestBuilder page = get("/book").param("site", String.valueOf(this.site))
			.param("day", day().toString());
		this.referenceData.catchUp();
		this.mvc.perform(page).andExpect(status().isOk());
		this.statements.start();
		List<String> sql;
		try {
			this.mvc.perform(page).andExpect(status().isOk());
		}
		finally {
			sql = this.statements.stop();
		}
		// the address's bucket, read and written under a lock; the day's free times are kept a few
		// seconds (PublicTimes), types, staff and hours for longer (ReferenceData)
		assertThat(sql).as(String.join("\n", sql)).hasSize(PUBLIC_PAGE_STATEMENTS);
	}

	static final int PUBLIC_PAGE_STATEMENTS = 2;

	@Test
	void theDesksOnlineListAndTheConfirmPageReadTheSameForOneHoldOrNine() throws Exception {
		UserDetails desk = this.users.loadUserByUsername(this.fixtures.staffMember(Role.FRONT_DESK));
		String email = "counted." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		this.mvc.perform(details(email)).andExpect(redirectedUrl("/book/sent"));
		String confirm = "/book/confirm/" + tokenSentTo(email);
		int listOne = statementsOf(get("/bookings/online").with(user(desk)));
		int confirmOne = statementsOf(get(confirm));

		// eight more through the day, on the page's quarter-hour grid
		for (int i = 1; i <= 8; i++) {
			this.start = this.start.plus(Duration.ofMinutes(45));
			this.mvc.perform(details("counted" + i + "." + UUID.randomUUID().toString().substring(0, 6) + "@example.org"))
				.andExpect(redirectedUrl("/book/sent"));
		}

		assertThat(statementsOf(get("/bookings/online").with(user(desk)))).as("%s", this.counted).isEqualTo(listOne)
			.isLessThanOrEqualTo(DESK_ONLINE_LIST_STATEMENTS);
		assertThat(statementsOf(get(confirm))).as("%s", this.counted).isEqualTo(confirmOne).isLessThanOrEqualTo(CONFIRM_PAGE_STATEMENTS);
	}

	/**
	 * The online bookings and their clients' names (staff, rooms and types from memory), and the three
	 * writes of the web session a test request signs in with.
	 */
	static final int DESK_ONLINE_LIST_STATEMENTS = 5;

	/**
	 * The address's bucket (2), the request by its link's hash, the booking and its client's name,
	 * and three writes of a web session the page opens for its visitor (to be looked into: the
	 * booking page opens none).
	 */
	static final int CONFIRM_PAGE_STATEMENTS = 8;

	private int statementsOf(MockHttpServletRequestBuilder page) throws Exception {
		this.referenceData.catchUp();
		this.mvc.perform(page).andExpect(status().isOk());
		this.statements.start();
		try {
			this.mvc.perform(page).andExpect(status().isOk());
		}
		finally {
			List<String> sql = this.statements.stop();
			this.counted = sql;
		}
		return this.counted.size();
	}

	private List<String> counted = List.of();

	private LocalDate day() {
		return this.start.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate();
	}

	private MockHttpServletRequestBuilder details(String email) {
		return details(email, "", TestClock.current().minusSeconds(30));
	}

	private MockHttpServletRequestBuilder details(String email, String trap, Instant shownAt) {
		return details(email, trap, shownAt, UUID.randomUUID());
	}

	private MockHttpServletRequestBuilder details(String email, String trap, Instant shownAt, UUID form) {
		return post("/book/details").with(csrf())
			.param("creationToken", form.toString())
			.param("type", String.valueOf(this.trial))
			.param("therapist", String.valueOf(this.therapist))
			.param("start", this.start.toString())
			.param("name", "Robin Newcomer")
			.param("email", email)
			.param("phone", "+44 7700 900123")
			.param("dateOfBirth", "1990-04-02")
			.param("emergencyName", "Kim Contact")
			.param("emergencyRelationship", "Sister")
			.param("emergencyPhone", "+44 7700 900124")
			.param("website", trap)
			.param("shownAt", String.valueOf(shownAt.toEpochMilli()));
	}

	private List<String> kindsSentTo(String email) {
		return this.jdbc.queryForList("select kind from outgoing_message where recipient = ? order by id", String.class,
				email);
	}

	private String tokenSentTo(String email) {
		String stored = this.jdbc.queryForObject(
				"select link from outgoing_message where kind = 'ONLINE_CONFIRM' and recipient = ? order by id desc limit 1",
				String.class, email);
		Matcher link = Pattern.compile("/book/confirm/([A-Za-z0-9_-]{43})")
			.matcher(String.valueOf(MessagingFixtures.queuedLink(stored)));
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

}
