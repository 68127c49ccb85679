package com.holdspace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.holdspace.Browser;
import com.holdspace.Browser.Screen;
import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.SecondFactorCodes;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.consent.ConsentFixtures;
import com.holdspace.intake.IntakeFixtures;
import com.holdspace.portal.InvitationFixtures;
import com.holdspace.records.RecordExportFixtures;
import com.holdspace.staff.PortalAccounts;
import com.holdspace.staff.Role;
import com.holdspace.waitlist.WaitlistFixtures;

/**
 * axe-core's WCAG 2.0 and 2.1 A and AA rules over every main page each person reaches, in Chromium
 * at the size they use it: staff on a tablet held either way round, a client on their phone. One client's story (ClinicJourney)
 * gives every page real records to show. A finding of serious or critical impact fails the test, named
 * by its rule, its page and the elements it found; lesser ones are printed.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTests {

	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

	/**
	 * Staff work on tablets, held either way round; what scrolls, and so what axe asks of it, depends
	 * on the width. Each role is checked the way it mostly holds the tablet, so both widths are
	 * covered and the suite stays short: the therapist upright (intake, sessions, consent), the desk
	 * and the admin on their side (calendars, lists).
	 */
	static final List<Screen> UPRIGHT = List.of(Screen.TABLET_PORTRAIT);

	static final List<Screen> ON_ITS_SIDE = List.of(Screen.TABLET_LANDSCAPE);

	/**
	 * Pages changed for what axe found: each is also photographed (target/screenshots) and held to
	 * the layout rules at the size it is used.
	 */
	static final Set<String> CHANGED = Set.of("consent signing", "consent record", "consent text version",
			"session being written", "aftercare sheet");

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	BookingFixtures bookings;

	@Autowired
	ConsentFixtures consents;

	@Autowired
	IntakeFixtures intakes;

	@Autowired
	WaitlistFixtures waitlist;

	@Autowired
	InvitationFixtures invitations;

	@Autowired
	PortalAccounts portalAccounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecordExportFixtures records;

	private ClinicJourney.Story story;

	/** A client of the same therapist with a hold waiting for its referral. */
	private long heldClientId;

	private long holdId;

	private String offerToken;

	@BeforeAll
	void oneClientsStory() throws Exception {
		this.story = new ClinicJourney(this.mvc, this.fixtures, this.bookings, this.consents, this.portalAccounts,
				this.users, this.jdbc)
			.write(field -> switch (field) {
				case SIGN_IN_EMAIL -> "someone@example.org";
				case PRONOUNS -> "they/them";
				case START_SIGNAL -> "ready";
				default -> "Words typed for " + field.name().toLowerCase().replace('_', ' ');
			});
		this.heldClientId = this.fixtures.client("Held Client");
		this.intakes.completeWithProviderFlag(this.heldClientId, this.story.therapistId());
		this.holdId = this.jdbc.queryForObject(
				"select id from clinical_hold where client_id = ? and kind = 'CONSULT_PROVIDER'", Long.class,
				this.heldClientId);
		long therapist = this.waitlist.therapist();
		long entry = this.waitlist.entry(this.story.clientId(), this.waitlist.standard(), therapist,
				WaitlistFixtures.dayOf(WaitlistFixtures.daysAhead(3, LocalTime.of(10, 0))), LocalTime.of(9, 0),
				LocalTime.of(12, 0));
		Instant slot = WaitlistFixtures.daysAhead(3, LocalTime.of(10, 0));
		this.offerToken = this.waitlist.offer(entry, therapist, this.waitlist.room(), this.waitlist.standard(), slot,
				slot.minusSeconds(86_400));
		// the admin's lists show what was switched off too, and it must stay legible
		this.jdbc.update("update account set enabled = false where email = ?", this.fixtures.staffMember(Role.FRONT_DESK));
		this.jdbc.update("""
				insert into session_type (name, duration_minutes, buffer_minutes, involves_touch, active)
				values (?, 45, 5, true, false)""", "Retired session " + java.util.UUID.randomUUID().toString().substring(0, 8));
	}

	@Test
	void theTherapistsPagesHaveNoSeriousFindings() throws Exception {
		String client = "/clients/" + this.story.clientId();
		String held = "/clients/" + this.heldClientId;
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("client list", "/clients");
		pages.put("client page", client);
		pages.put("client form", client + "/edit");
		pages.put("intake summary", client + "/intake");
		pages.put("intake version", client + "/intake/versions/1");
		pages.put("intake comparison", client + "/intake/compare?from=1&to=2");
		pages.put("intake form", client + "/intake/edit");
		pages.put("hold referral", held + "/intake/holds/" + this.holdId + "/REFERRAL");
		pages.put("consents", client + "/consent");
		pages.put("consent record", client + "/consent/records/" + this.story.treatmentConsentId());
		pages.put("withdrawn consent record", client + "/consent/records/" + this.story.withdrawnConsentId());
		pages.put("consent signing", client + "/consent/TREATMENT/sign");
		pages.put("provider consent signing", client + "/consent/PROVIDER_COMMUNICATION/sign");
		pages.put("sessions of the client", client + "/sessions");
		pages.put("session being written", "/sessions/" + this.story.openSessionId());
		pages.put("signed session", "/sessions/" + this.story.signedSessionId());
		pages.put("aftercare sheet", "/sessions/" + this.story.signedSessionId() + "/aftercare/sheet");
		pages.put("booking form", "/bookings/new?clientId=" + this.story.clientId());
		pages.put("own day", "/calendar/therapists/" + this.story.therapistId() + "?view=day&date=" + this.story.bookingDay());
		pages.put("own week", "/calendar/therapists/" + this.story.therapistId() + "?date=" + this.story.bookingDay());
		pages.put("own schedule", "/schedule/therapists/" + this.story.therapistId());
		pages.put("waitlist", "/waitlist");
		pages.put("calendar feed", "/calendar/feed");
		pages.put("own password", "/account/password");
		pages.put("requests for a whole record", "/record-requests");
		pages.put("a copy of the whole record", client + "/record-exports/"
				+ this.records.readyExport(this.story.clientId(), this.story.therapistLogin()));
		checkAs(this.story.therapistLogin(), UPRIGHT, pages);
	}

	@Test
	void theFrontDesksPagesHaveNoSeriousFindings() throws Exception {
		String client = "/clients/" + this.story.clientId();
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("client list", "/clients");
		pages.put("client search", "/clients?q=Words");
		pages.put("new client", "/clients/new");
		pages.put("client page", client);
		pages.put("client form", client + "/edit");
		pages.put("choose a client to book", "/bookings/new");
		pages.put("booking form", "/bookings/new?clientId=" + this.story.clientId());
		pages.put("booking", "/bookings/" + this.story.bookingId());
		pages.put("cancelled booking", "/bookings/" + this.story.cancelledBookingId());
		pages.put("the clinic's day", "/calendar/day?date=" + this.story.bookingDay());
		pages.put("therapist's week", "/calendar/therapists/" + this.story.therapistId() + "?date=" + this.story.bookingDay());
		pages.put("room's week", "/calendar/rooms/" + this.story.roomId() + "?date=" + this.story.bookingDay());
		pages.put("a week in move mode", "/calendar/therapists/" + this.story.therapistId() + "?date="
				+ this.story.bookingDay() + "&move=" + this.story.bookingId());
		pages.put("a move to confirm", "/bookings/" + this.story.bookingId() + "?date=" + this.story.bookingDay()
				+ "&time=16:00");
		pages.put("waitlist", "/waitlist");
		pages.put("waitlist entry form", "/waitlist/new?clientId=" + this.story.clientId());
		pages.put("schedules", "/schedule");
		pages.put("therapist's schedule", "/schedule/therapists/" + this.story.therapistId());
		pages.put("own password", "/account/password");
		checkAs(this.story.deskLogin(), ON_ITS_SIDE, pages);
	}

	@Test
	void anAdminsPagesHaveNoSeriousFindings() throws Exception {
		long siteId = this.jdbc.queryForObject("select min(id) from site", Long.class);
		long sessionTypeId = this.bookings.standard();
		long itemId = this.jdbc.queryForObject("select min(id) from aftercare_item", Long.class);
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("staff list", "/admin/staff");
		pages.put("new staff member", "/admin/staff/new");
		pages.put("staff member", "/admin/staff/" + this.story.therapistId());
		pages.put("sites", "/admin/sites");
		pages.put("site", "/admin/sites/" + siteId);
		pages.put("rooms", "/admin/rooms");
		pages.put("room", "/admin/rooms/" + this.story.roomId());
		pages.put("session types", "/admin/session-types");
		pages.put("new session type", "/admin/session-types/new");
		pages.put("session type", "/admin/session-types/" + sessionTypeId);
		pages.put("consent texts", "/admin/consent");
		pages.put("consent text", "/admin/consent/TREATMENT");
		pages.put("consent text version", "/admin/consent/TREATMENT/versions/1");
		pages.put("aftercare catalogue", "/admin/aftercare");
		pages.put("aftercare item", "/admin/aftercare/" + itemId);
		pages.put("audit log", "/admin/audit");
		pages.put("audit log of the client", "/admin/audit?clientId=" + this.story.clientId());
		pages.put("record history", "/admin/history?kind=SESSION&id=" + this.story.signedSessionId());
		pages.put("settings", "/admin/settings");
		pages.put("records due for disposal", "/admin/retention");
		pages.put("client page with its legal hold", "/clients/" + this.story.clientId());
		pages.put("intake summary", "/clients/" + this.story.clientId() + "/intake");
		pages.put("signed session", "/sessions/" + this.story.signedSessionId());
		pages.put("requests for a whole record", "/record-requests");
		checkAs(this.story.adminLogin(), ON_ITS_SIDE, pages);
	}

	@Test
	void theClientsPagesOnTheirPhoneHaveNoSeriousFindings() throws Exception {
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("my page", "/me");
		pages.put("my aftercare plan", "/me/plans/" + this.story.planId());
		pages.put("my sessions", "/me/bookings");
		pages.put("book a session", "/me/bookings/new");
		pages.put("my password", "/account/password");
		pages.put("my whole record", "/me/record");
		checkAs(this.story.portalLogin(), List.of(Screen.PHONE), pages);
	}

	@Test
	void thePagesBeforeSigningInHaveNoSeriousFindings() throws Exception {
		long invited = this.fixtures.client("Invited To The Portal");
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("sign-in", "/login");
		pages.put("invitation: set a password", "/invitations/" + this.invitations.invite(invited));
		pages.put("invitation that no longer works", "/invitations/" + "x".repeat(43));
		pages.put("waitlist offer", "/offers/" + this.offerToken);
		checkAs(null, List.of(Screen.PHONE), pages);
	}

	/**
	 * Signs in (unless {@code login} is null), opens each page and runs axe over it; every page is
	 * looked at before failing, so that one run names every finding.
	 */
	private void checkAs(String login, List<Screen> screens, Map<String, String> pages) throws Exception {
		List<String> failures = new ArrayList<>();
		try (Browser browser = Browser.open(this.port)) {
			browser.use(screens.get(0));
			if (login != null) {
				signIn(browser, login, failures);
			}
			for (Screen screen : screens) {
				browser.use(screen);
				checkPages(browser, screen, pages, failures);
			}
			browser.consoleProblems()
				.stream()
				.filter(problem -> !problem.contains("status of 410"))
				.forEach(problem -> failures.add("console: " + problem));
		}
		assertThat(failures).as("serious or critical accessibility findings").isEmpty();
	}

	/** Opens each page and runs axe over it; the pages changed for axe's findings are photographed and measured too. */
	private void checkPages(Browser browser, Screen screen, Map<String, String> pages, List<String> failures)
			throws Exception {
		for (var page : pages.entrySet()) {
			browser.go(page.getValue());
			String where = page.getKey() + " (" + page.getValue() + ") on " + screen;
			String path = browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
			if (path.startsWith("/login") && !page.getValue().startsWith("/login")) {
				failures.add(where + " sent to sign in");
				continue;
			}
			if (!browser.driver().findElements(By.cssSelector(".error-page")).isEmpty()
					&& !page.getKey().contains("no longer works")) {
				failures.add(where + " answered an error page: " + browser.driver().getTitle());
				continue;
			}
			failures.addAll(axe(browser, where));
			if (CHANGED.contains(page.getKey())) {
				browser.screenshot("axe-" + page.getKey().replace(' ', '-') + "-" + screen.name().toLowerCase());
				browser.sidewaysOverflow().forEach(wide -> failures.add(where + " reaches past the screen: " + wide));
				browser.smallTouchTargets().forEach(small -> failures.add(where + " has a small target: " + small));
			}
		}
	}

	/** The sign-in page and, for staff, the second factor's page are checked on the way in. */
	private void signIn(Browser browser, String login, List<String> failures) {
		browser.go("/login");
		failures.addAll(axe(browser, "sign-in (/login)"));
		browser.type(By.id("username"), login);
		browser.type(By.id("password"), Fixtures.PASSWORD);
		browser.find(By.cssSelector("form button[type=submit]")).click();
		browser.waitUntil(driver -> !driver.findElements(By.cssSelector(".signout .whoami")).isEmpty()
				|| driver.getCurrentUrl().contains("/login/second-factor"));
		if (browser.driver().getCurrentUrl().contains("/login/second-factor")) {
			failures.addAll(axe(browser, "second factor (/login/second-factor)"));
			browser.type(By.id("code"), SecondFactorCodes.get().codeFor(login));
			browser.find(By.cssSelector("form button.button-primary")).click();
		}
		browser.waitFor(By.cssSelector(".signout .whoami"));
	}

	/** axe's serious and critical findings on the page open now, each with its rule and elements. */
	private static List<String> axe(Browser browser, String where) {
		Results results = new AxeBuilder().withTags(TAGS).analyze(browser.driver());
		if (results.isErrored()) {
			return List.of(where + ": axe did not run: " + results.getErrorMessage());
		}
		// a page with nothing checked would pass without a look
		assertThat(results.getPasses()).as("rules axe found to pass on %s", where).isNotEmpty();
		List<String> failures = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			List<String> targets = rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
			String finding = where + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
					+ targets;
			System.out.println("axe: " + finding);
			if (FAILING_IMPACTS.contains(rule.getImpact())) {
				failures.add(finding);
			}
		}
		return failures;
	}

}
