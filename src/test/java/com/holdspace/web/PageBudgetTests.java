package com.holdspace.web;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.ConfiguredCsrf;
import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.StatementCounter;
import com.holdspace.TestClock;
import com.holdspace.aftercare.AftercareFixtures;
import com.holdspace.audit.AuditSeals;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.consent.ConsentFixtures;
import com.holdspace.intake.IntakeFixtures;
import com.holdspace.shared.ReferenceData;
import com.holdspace.staff.Role;

/**
 * The pages people open all day cost a fixed number of SQL statements, however many bookings a
 * client has or clients a week holds: measured small and large, pinned equal and under a budget.
 */
@IntegrationTest
class PageBudgetTests {

	/**
	 * Client page as a therapist sees it, every card: the record with its contacts, whether the client
	 * is in their care, one read per card (two for the portal's login or invitation, and for holds
	 * beside the intake), and the audit line. Rooms, session types, staff names and consent numbers
	 * come from memory (ReferenceData).
	 */
	private static final int CLIENT_PAGE = 13;

	/**
	 * Client page of a client in treatment, as their therapist sees it: as {@link #CLIENT_PAGE}, with
	 * the sessions on the timeline (the kind booked and the release events counted in the same
	 * statement) and the aftercare plans with their check-ins, one statement each however many.
	 */
	private static final int CLIENT_IN_TREATMENT = 13;

	/**
	 * The audit log: the chain brought up to date (a batch, its seals), one page of events however
	 * long the log, and the line its reading writes.
	 */
	private static final int AUDIT_LOG = 4;

	/**
	 * A week as the desk sees it: bookings with their clients' names, the bookings and rooms behind
	 * the free starts, and holds. People, rooms, types, sites, hours and time off come from memory.
	 */
	private static final int WEEK = 5;

	/** The clinic's day with two therapists (see {@link #PER_COLUMN} for each further one). */
	private static final int SITE_DAY = 7;

	/**
	 * Each further therapist on the clinic's day: the two look-ups of their free starts (bookings,
	 * rooms). Their hours, bookings and time off are read with everyone's.
	 */
	private static final int PER_COLUMN = 2;

	/**
	 * A client choosing a time with one therapist: whether they are ready (intake, consent), their
	 * last booking for its site, with its names, and the day's bookings and rooms behind the free starts.
	 * Types, therapists, hours and the clinic's lines come from memory.
	 */
	private static final int CLIENT_CHOOSES_A_TIME = 8;

	/** A client's own sessions: their bookings with the names they show, whether the clinic calls first, and the audit line. */
	private static final int CLIENT_SESSIONS = 4;

	/** The schedules list: the site's therapists, their hours and their time off, all from memory. */
	private static final int SCHEDULES = 0;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	BookingFixtures booking;

	@Autowired
	IntakeFixtures intakes;

	@Autowired
	ConsentFixtures consents;

	@Autowired
	UserDetailsService users;

	@Autowired
	StatementCounter statements;

	@Autowired
	AuditSeals seals;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReferenceData referenceData;

	@Autowired
	AftercareFixtures aftercare;

	private UserDetails desk;

	/** What the last page sent, to name the statements when a budget is broken. */
	private List<String> lastStatements = List.of();

	private UserDetails therapist;

	private long therapistId;

	@Autowired
	FilterChainProxy security;

	@BeforeEach
	void people() {
		// as Holdspace runs: a page read makes no session (MockMvc's csrf() elsewhere would swap one in)
		ConfiguredCsrf.restore(this.security);
		this.desk = this.users.loadUserByUsername(this.fixtures.staffMember(Role.FRONT_DESK));
		String login = this.fixtures.staffMember(Role.THERAPIST);
		this.therapist = this.users.loadUserByUsername(login);
		this.therapistId = this.fixtures.staffId(login);
	}

	@Test
	void theClientPageCostsTheSameForTwoBookingsOrTwelve() throws Exception {
		long few = clientWithBookings(2, 1);
		long many = clientWithBookings(12, 2);

		for (UserDetails viewer : List.of(this.desk, this.therapist)) {
			int small = statementsFor("/clients/" + few, viewer);
			int large = statementsFor("/clients/" + many, viewer);
			assertThat(large).as("client page for %s", viewer.getUsername()).isEqualTo(small);
			assertThat(large).as("client page statements: %s", this.lastStatements).isLessThanOrEqualTo(CLIENT_PAGE);
		}
	}

	@Test
	void theClientPageOfAClientInTreatmentCostsTheSameForOneSessionOrFour() throws Exception {
		AftercareFixtures.Client few = inTreatment(1);
		AftercareFixtures.Client many = inTreatment(4);

		int small = statementsFor("/clients/" + few.clientId(), this.users.loadUserByUsername(few.therapistLogin()));
		int large = statementsFor("/clients/" + many.clientId(), this.users.loadUserByUsername(many.therapistLogin()));

		assertThat(large).as("client in treatment: %s", this.lastStatements)
			.isEqualTo(small)
			.isLessThanOrEqualTo(CLIENT_IN_TREATMENT);
	}

	@Test
	void aWeekCostsTheSameForTwoClientsOrTen() throws Exception {
		long therapist = this.booking.therapist();
		long room = this.booking.room();
		LocalDate quiet = mondayOf(2);
		LocalDate busy = mondayOf(3);
		book(therapist, room, 2, 2);
		book(therapist, room, 3, 10);

		for (String calendar : List.of("/calendar/therapists/" + therapist, "/calendar/rooms/" + room)) {
			int small = statementsFor(calendar + "?view=week&date=" + quiet, this.desk);
			int large = statementsFor(calendar + "?view=week&date=" + busy, this.desk);
			assertThat(large).as("%s: %s", calendar, this.lastStatements).isEqualTo(small).isLessThanOrEqualTo(WEEK);
		}
	}

	/**
	 * The clinic's day with a column per therapist: the site's people, hours and rooms once, then
	 * each therapist's bookings and free starts. Each column costs the same however busy it is.
	 */
	@Test
	void theClinicsDayCostsTheSameForEveryTherapistHoweverBusy() throws Exception {
		long site = site();
		long room = roomAt(site);
		long first = therapistAt(site);
		long second = therapistAt(site);
		book(first, room, 2, 2);
		String day = "/calendar/day?site=" + site + "&date=" + mondayOf(2);
		int two = statementsFor(day, this.desk);
		book(second, roomAt(site), 2, 8);
		assertThat(statementsFor(day, this.desk)).as("a busier day: %s", this.lastStatements).isEqualTo(two);

		therapistAt(site);
		int three = statementsFor(day, this.desk);

		assertThat(two).as("%s", this.lastStatements).isLessThanOrEqualTo(SITE_DAY);
		assertThat(three - two).as("one more therapist: %s", this.lastStatements).isLessThanOrEqualTo(PER_COLUMN);
	}

	@Test
	void aDesksWeekCostsTheSameForOneSiteOrAChainOfThem() throws Exception {
		long site = site();
		long therapist = therapistAt(site);
		long room = roomAt(site);
		book(therapist, room, 2, 3);
		String week = "/calendar/therapists/" + therapist + "?view=week&date=" + mondayOf(2);
		String roomWeek = "/calendar/rooms/" + room + "?view=week&date=" + mondayOf(2);
		int one = statementsFor(week, this.desk);
		int oneRoom = statementsFor(roomWeek, this.desk);

		Set<String> sameSite = new HashSet<>(Set.of("/calendar/therapists/" + therapist, "/calendar/rooms/" + room));
		for (int i = 0; i < 5; i++) {
			long other = site();
			therapistAt(other);
			therapistAt(other);
			roomAt(other);
			sameSite.add("/calendar/therapists/" + therapistAt(site));
		}
		sameSite.add("/calendar/rooms/" + roomAt(site));

		assertThat(statementsFor(week, this.desk)).as("%s", this.lastStatements).isEqualTo(one).isLessThanOrEqualTo(WEEK);
		assertThat(statementsFor(roomWeek, this.desk)).as("%s", this.lastStatements).isEqualTo(oneRoom)
			.isLessThanOrEqualTo(WEEK);
		String page = this.mvc.perform(get(week).with(user(this.desk))).andReturn().getResponse().getContentAsString();
		assertThat(calendarsLinked(page)).as("the desk's pickers list one site's therapists and rooms")
			.isEqualTo(sameSite);
	}

	@Test
	void theSchedulesListCostsTheSameForTwoTherapistsOrTenAndListsOneSite() throws Exception {
		long site = site();
		long first = therapistAt(site);
		therapistAt(site);
		this.jdbc.update("insert into time_off (therapist_id, first_day, last_day) values (?, ?, ?)", first,
				TestClock.today().plusDays(3), TestClock.today().plusDays(4));
		String list = "/schedule?site=" + site;
		int two = statementsFor(list, this.desk);

		for (int i = 0; i < 8; i++) {
			therapistAt(site);
		}
		therapistAt(site());

		assertThat(statementsFor(list, this.desk)).as("%s", this.lastStatements).isEqualTo(two)
			.isLessThanOrEqualTo(SCHEDULES);
		String page = this.mvc.perform(get(list).with(user(this.desk))).andReturn().getResponse().getContentAsString();
		assertThat(Pattern.compile("href=\"/schedule/therapists/\\d+\"").matcher(page).results().count())
			.as("the site's ten therapists, not the other site's").isEqualTo(10);
		assertThat(page).contains("Time off ahead");
	}

	@Test
	void pagesThatOfferSitesCostTheSameForTwoSitesOrTwelve() throws Exception {
		UserDetails admin = this.users.loadUserByUsername(this.fixtures.staffMember(Role.ADMIN));
		long site = site();
		long therapist = therapistAt(site);
		long room = roomAt(site);
		long client = this.fixtures.client("Sited Budget Client");
		List<Page> pages = List.of(new Page("/admin/sites", admin, 0), new Page("/admin/sites/" + site, admin, 2),
				new Page("/admin/rooms", admin, 0), new Page("/admin/rooms/" + room, admin, 1),
				new Page("/admin/staff/" + therapist, admin, 4),
				new Page("/bookings/new?clientId=" + client + "&therapistId=" + therapist + "&sessionTypeId="
						+ this.booking.standard(), this.desk, 7),
				new Page("/waitlist/new?clientId=" + client, this.desk, 1));
		Map<String, Integer> few = new LinkedHashMap<>();
		for (Page page : pages) {
			few.put(page.path(), statementsFor(page.path(), page.viewer()));
		}

		for (int i = 0; i < 10; i++) {
			long other = site();
			therapistAt(other);
			roomAt(other);
			roomAt(site);
		}

		for (Page page : pages) {
			assertThat(statementsFor(page.path(), page.viewer())).as("%s: %s", page.path(), this.lastStatements)
				.isEqualTo(few.get(page.path()))
				.isLessThanOrEqualTo(page.budget());
		}
	}

	@Test
	void aClientsOwnSessionsAndTheirFreeTimesCostTheSameForOneBookingOrTen() throws Exception {
		UserDetails me = this.users.loadUserByUsername(this.fixtures.clientWithLogin("Budget Portal Client"));
		long client = ((com.holdspace.staff.HoldspaceUser) me).getClientId();
		long therapist = this.booking.therapist();
		long room = this.booking.room();
		LocalDate day = mondayOf(2);
		this.booking.book(client, this.booking.standard(), therapist, room, this.booking.at(day, 9, 0));
		String choose = "/me/bookings/new?therapistId=" + therapist + "&date=" + day;
		int chooseFew = statementsFor(choose, me);
		int listFew = statementsFor("/me/bookings", me);

		// the afternoon stays free: a day with no free start at all asks for no rooms
		for (int hour : new int[] { 11, 13 }) {
			this.booking.book(this.fixtures.client("Day Client " + hour), this.booking.standard(), therapist, room,
					this.booking.at(day, hour, 0));
		}
		for (int week = 3; week < 9; week++) {
			this.booking.book(client, this.booking.standard(), therapist, room, this.booking.at(week, DayOfWeek.TUESDAY, 10, 0));
		}

		int chooseMany = statementsFor(choose, me);
		assertThat(chooseMany).as("choosing a time: %s", this.lastStatements)
			.isEqualTo(chooseFew)
			.isLessThanOrEqualTo(CLIENT_CHOOSES_A_TIME);
		assertThat(statementsFor("/me/bookings", me)).as("my sessions: %s", this.lastStatements)
			.isEqualTo(listFew)
			.isLessThanOrEqualTo(CLIENT_SESSIONS);
	}

	/** A page, who opens it, and the statements it may cost. */
	private record Page(String path, UserDetails viewer, int budget) {
	}

	private long site() {
		return this.jdbc.queryForObject("insert into site (name) values (?) returning id", Long.class,
				"Budget site " + UUID.randomUUID());
	}

	private long therapistAt(long site) {
		long therapist = this.booking.therapist();
		this.jdbc.update("update account set site_id = ? where id = ?", site, therapist);
		return therapist;
	}

	private long roomAt(long site) {
		return this.jdbc.queryForObject("insert into room (name, site_id) values (?, ?) returning id", Long.class,
				"Budget room " + UUID.randomUUID(), site);
	}

	private static Set<String> calendarsLinked(String page) {
		return Pattern.compile("/calendar/(therapists|rooms)/\\d+")
			.matcher(page)
			.results()
			.map(MatchResult::group)
			.collect(Collectors.toSet());
	}

	private LocalDate mondayOf(int weeksAhead) {
		return this.booking.at(weeksAhead, DayOfWeek.MONDAY, 9, 0).atZone(java.time.ZoneId.of("Europe/London")).toLocalDate();
	}

	@Test
	void theAuditLogCostsTheSameForTwentyEventsOrTwoThousand() throws Exception {
		UserDetails admin = this.users.loadUserByUsername(this.fixtures.staffMember(Role.ADMIN));
		events(20);
		int small = statementsFor("/admin/audit", admin);
		events(2000);
		int large = statementsFor("/admin/audit", admin);

		assertThat(large).as("audit log: %s", this.lastStatements).isEqualTo(small).isLessThanOrEqualTo(AUDIT_LOG);
	}

	/** Events written straight to the table, then chained and sealed as the chain job does it. */
	private void events(int count) {
		this.jdbc.update("""
				insert into audit_event (occurred_at, actor, role, action, subject, status, address)
				select now(), 'budget@test.holdspace', 'ADMIN', 'VIEW', 'GET /clients/' || g, 200, '127.0.0.1'
				from generate_series(1, ?) g""", count);
		this.jdbc.query("select chained_position, chained_hash from audit_event_extend_chain(?)", row -> {
			AuditSeals.Seal seal = this.seals.seal(row.getString(2));
			this.jdbc.update("insert into audit_seal (position, key_id, mac) values (?, ?, ?)", row.getLong(1),
					seal.keyId(), seal.mac());
		}, count + 1000);
	}

	/** A client with signed sessions, a plan handed over after each and a check-in on each plan. */
	private AftercareFixtures.Client inTreatment(int sessions) {
		AftercareFixtures.Client client = this.aftercare.client();
		for (int i = 0; i < sessions; i++) {
			this.aftercare.signedSession(client);
			long plan = this.aftercare.handedOverPlan(client, "Rest and water", null);
			this.jdbc.update("insert into aftercare_check_in (plan_id, token, feeling, words, sent_at) values (?, ?, 4, ?, "
					+ TestClock.sqlNow() + ")", plan, UUID.randomUUID(), "Lighter");
		}
		return client;
	}

	/** A client with intake, consent and bookings spread over the coming weeks. */
	private long clientWithBookings(int count, int weeksAhead) {
		long client = this.fixtures.client("Budget Client");
		this.intakes.complete(client, this.therapistId);
		this.consents.signTreatment(client, this.therapistId);
		long therapist = this.booking.therapist();
		for (int i = 0; i < count; i++) {
			this.booking.book(client, this.booking.standard(), therapist, this.booking.room(),
					this.booking.at(weeksAhead + i / 10, DayOfWeek.of(1 + i % 5), 9 + 2 * ((i / 5) % 2), 0));
		}
		return client;
	}

	/** One booking each for {@code clients} clients in the week {@code weeksAhead} from now. */
	private void book(long therapist, long room, int weeksAhead, int clients) {
		for (int i = 0; i < clients; i++) {
			long client = this.fixtures.client("Week Client " + i);
			this.intakes.complete(client, this.therapistId);
			this.booking.book(client, this.booking.standard(), therapist, room,
					this.booking.at(weeksAhead, DayOfWeek.of(1 + i % 5), 9 + 2 * (i / 5), 0));
		}
	}

	/**
	 * Statements of a page as the clinic reads it all day: opened once first, so that reference data
	 * kept in memory (ReferenceData) is kept, as it is after the first page of the morning.
	 */
	private int statementsFor(String path, UserDetails viewer) throws Exception {
		this.referenceData.catchUp();
		this.mvc.perform(get(path).with(user(viewer))).andExpect(status().isOk());
		this.statements.start();
		try {
			this.mvc.perform(get(path).with(user(viewer))).andExpect(status().isOk());
			List<String> sql = this.statements.stop();
			this.lastStatements = sql;
			return sql.size();
		}
		finally {
			this.statements.stop();
		}
	}

}
