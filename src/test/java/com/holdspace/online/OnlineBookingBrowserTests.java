package com.holdspace.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.holdspace.Browser;
import com.holdspace.Browser.Screen;
import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.TestClock;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.messaging.MessagingFixtures;
import com.holdspace.shared.RateLimits;
import com.holdspace.staff.Role;

/**
 * A new client on their phone books a first session from the clinic's public page, confirms it
 * from the email, sets up their login and fills their intake at home, telling of a risk. The desk
 * then sees the booking marked online and "call the client"; the therapist sees why, and the session
 * cannot start while the hold stands.
 */
@IntegrationTest
class OnlineBookingBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	BookingFixtures booking;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RateLimits limits;

	@Autowired
	TestClock clock;

	private Browser browser;

	@BeforeEach
	void openBrowser() throws Exception {
		this.limits.forget(RateLimits.Limit.ONLINE_REQUESTS, "127.0.0.1");
		this.limits.forget(OnlineThrottle.PAGES, "127.0.0.1");
		this.browser = Browser.open(this.port);
	}

	@AfterEach
	void closeBrowser() throws Exception {
		this.browser.close();
	}

	@Test
	void aNewClientBooksATrialFromTheirPhoneConfirmsItDisclosesAtHomeAndTheClinicCallsBeforeAnyTouch() throws Exception {
		long site = this.booking.site("Riverside " + UUID.randomUUID().toString().substring(0, 6));
		this.booking.roomAt(site);
		long therapist = this.booking.therapistAt(site, "Maren Online");
		this.jdbc.update("update account set experienced_in_release = true where id = ?", therapist);
		Instant start = this.booking.at(2, DayOfWeek.THURSDAY, 14, 0);
		String day = start.atZone(ZoneId.of("Europe/London")).toLocalDate().toString();
		String email = "maya.first." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
		this.browser.use(Screen.PHONE);

		// tap 0: the page a clinic links to, here for one of its places and the day the client has in mind
		this.browser.go("/book?site=" + site);
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("Book a session");
		assertThat(this.browser.text(By.id("therapist"))).contains("Maren Online (experienced in emotional-release work)");
		this.browser.setDate(By.id("day"), day);
		this.browser.find(By.id("show-times")).click();
		this.browser.waitFor(By.cssSelector(".time-choice"));
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		this.browser.screenshot("online-book-phone");
		// the clinic's own tablet at the front door shows the same page
		this.browser.use(Screen.TABLET_LANDSCAPE);
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		this.browser.screenshot("online-book-tablet-landscape");
		this.browser.use(Screen.PHONE);
		this.browser.find(By.id("later")).click();
		this.browser.find(By.id("earlier")).click();
		this.browser.find(By.xpath("//a[contains(@class,'time-choice')][strong='14:00']")).click();

		assertThat(this.browser.text(By.id("chosen"))).contains("Trial session", "14:00", "Maren");
		this.browser.find(By.id("hold")).click();
		assertThat(this.browser.text(By.cssSelector(".field-error"))).isNotBlank();
		this.browser.type(By.id("name"), "Maya First");
		this.browser.type(By.id("email"), email);
		this.browser.type(By.id("phone"), "+44 7700 900321");
		this.browser.setDate(By.id("dateOfBirth"), "1991-06-14");
		this.browser.type(By.id("emergencyName"), "Sam First");
		this.browser.type(By.id("emergencyRelationship"), "Brother");
		this.browser.type(By.id("emergencyPhone"), "+44 7700 900322");
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		this.browser.screenshot("online-details-phone");
		// a person takes a few seconds over the form; the clock stands in for them
		this.clock.moveBy(Duration.ofSeconds(20));
		this.browser.find(By.id("hold")).click();

		assertThat(this.browser.text(By.id("sent"))).contains("Open it within 15 minutes");
		this.browser.screenshot("online-sent-phone");
		Map<String, Object> held = this.jdbc.queryForMap("""
				select b.id, b.starts_at, b.unconfirmed_until, b.booked_online from booking b
				join client c on c.id = b.client_id where c.email = ?""", email);
		assertThat(((java.sql.Timestamp) held.get("starts_at")).toInstant()).isEqualTo(start);
		assertThat(held.get("unconfirmed_until")).isNotNull();

		this.browser.go("/book/confirm/" + tokenSentTo(email));
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("Confirm your booking");
		this.browser.screenshot("online-confirm-phone");
		this.browser.find(By.id("confirm")).click();
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("You are booked in");
		assertThat(this.jdbc.queryForObject("select unconfirmed_until from booking where id = ?", java.sql.Timestamp.class,
				held.get("id"))).isNull();
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		this.browser.screenshot("online-confirmed-phone");
		this.browser.find(By.id("set-up")).click();

		this.browser.type(By.id("password"), "slow mornings by the sea");
		this.browser.type(By.id("repeat"), "slow mornings by the sea");
		this.browser.find(By.id("set-password")).click();
		this.browser.waitFor(By.cssSelector("[role=status]"));
		assertThat(this.browser.driver().getCurrentUrl()).endsWith("/me");
		long clientId = this.jdbc.queryForObject("select client_id from booking where id = ?", Long.class, held.get("id"));
		assertThat(this.jdbc.queryForObject("select count(*) from account where lower(email) = ? and client_id = ?",
				Integer.class, email, clientId)).isOne();

		// at home, on the same phone: the intake, and a disclosure in the screening step
		this.browser.find(By.id("task-intake")).click();
		this.browser.waitFor(By.id("intake-form"));
		this.browser.step("screening");
		this.browser.choose("suicidalThoughts", "true");
		this.browser.waitUntil(driver -> driver.findElement(By.id("crisis")).isDisplayed());
		this.browser.waitUntil(driver -> driver.findElement(By.id("save-status")).getText().startsWith("Saved at"));
		this.browser.step("medical");
		press(By.cssSelector("#medical .step-buttons button[type=submit]"));
		this.browser.waitFor(By.id("crisis-lines"));
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("Thank you for telling us");
		assertThat(this.browser.text(By.id("clinic-will-call"))).contains("Someone from the clinic will call you");
		assertThat(this.browser.text(By.tagName("main")).toLowerCase()).doesNotContainPattern("\\bholds?\\b")
			.doesNotContain("suicid");
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		this.browser.screenshot("online-home-disclosure-phone");
		assertThat(this.jdbc.queryForList("""
				select h.kind || ' ' || r.source from clinical_hold h join clinical_hold_reason r on r.hold_id = h.id
				where h.client_id = ? and h.cleared_at is null""", String.class, clientId))
			.containsExactly("REFER_AND_PAUSE HOME");
		// their session with touch now says the clinic will call first, and still never why
		this.browser.go("/me/bookings");
		assertThat(this.browser.text(By.id("will-call-" + held.get("id"))))
			.isEqualTo("The clinic will call you before this session.");
		assertThat(this.browser.text(By.tagName("main")).toLowerCase()).doesNotContainPattern("\\bholds?\\b");
		this.browser.screenshot("online-home-sessions-phone");
		this.browser.find(By.cssSelector(".signout button")).click();
		this.browser.waitFor(By.id("username"));

		// the desk: the booking says to call the client, and never why
		this.browser.use(Screen.TABLET_PORTRAIT);
		this.browser.signIn(this.fixtures.staffMember(Role.FRONT_DESK), Fixtures.PASSWORD);
		this.browser.go("/calendar/therapists/" + therapist + "?date=" + day);
		var block = this.browser.find(By.cssSelector("a.cal-booking[href='/bookings/" + held.get("id") + "']"));
		this.browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", block);
		this.browser.screenshot("online-desk-calendar-tablet");
		assertThat(block.getDomProperty("textContent")).contains("Maya", "call the client");
		this.browser.find(By.id("online-bookings")).click();
		assertThat(this.browser.text(By.id("online-upcoming"))).contains("Maya First", "Trial session");
		this.browser.screenshot("online-desk-tablet");
		this.browser.find(By.cssSelector("#online-upcoming a[href='/bookings/" + held.get("id") + "']")).click();
		assertThat(this.browser.text(By.id("booked-online"))).isEqualTo("Booked online");
		assertThat(this.browser.text(By.id("call-client"))).startsWith("Call the client before this session");
		assertThat(this.browser.text(By.tagName("main")).toLowerCase()).doesNotContain("suicid", "told by the client");
		this.browser.screenshot("online-desk-booking-tablet");
		this.browser.find(By.cssSelector(".signout button")).click();
		this.browser.waitFor(By.id("username"));

		// the therapist, on the day: sees why, and the session cannot start until the hold is cleared
		this.clock.moveTo(start.minus(Duration.ofHours(1)));
		String therapistEmail = this.jdbc.queryForObject("select email from account where id = ?", String.class,
				therapist);
		this.browser.signIn(therapistEmail, Fixtures.PASSWORD);
		this.browser.go("/clients/" + clientId);
		assertThat(this.browser.text(By.tagName("main"))).contains("Refer and pause", "Raised by: Thoughts of ending their life");
		this.browser.go("/bookings/" + held.get("id"));
		press(By.id("start-session"));
		this.browser.waitFor(By.cssSelector(".refusals"));
		assertThat(this.browser.driver().findElements(By.cssSelector(".refusals [data-reason='session.refused.paused']")))
			.hasSize(1);
		assertThat(this.jdbc.queryForObject("select count(*) from session_record where client_id = ?", Integer.class,
				clientId)).isZero();
		this.browser.screenshot("online-session-refused-tablet");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	private void press(By by) {
		var button = this.browser.find(by);
		this.browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
		button.click();
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
