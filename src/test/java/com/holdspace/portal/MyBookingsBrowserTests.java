package com.holdspace.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import com.holdspace.staff.Role;

/**
 * On a phone: the admin offers a type to clients online and sets the notice period; a returning
 * client books that type with an experienced therapist, moves it and cancels it, each button
 * checked against PostgreSQL; a session inside the notice shows the clinic's number and no button.
 */
@IntegrationTest
class MyBookingsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	BookingFixtures booking;

	@Autowired
	JdbcTemplate jdbc;

	private Browser browser;

	@BeforeEach
	void openBrowser() throws Exception {
		this.browser = Browser.open(this.port);
		this.browser.use(Screen.PHONE);
	}

	@AfterEach
	void closeBrowser() throws Exception {
		this.browser.close();
		// the other tests of the run count on the clinic's default
		this.jdbc.update("update clinic_setting set value = '24' where key = 'online-change-notice-hours'");
	}

	@Test
	void theAdminOffersATypeOnlineAndAClientBooksMovesAndCancelsIt() throws Exception {
		String typeName = "Slow afternoon " + UUID.randomUUID().toString().substring(0, 6);
		long typeId = this.jdbc.queryForObject("""
				insert into session_type (name, duration_minutes, buffer_minutes) values (?, 50, 10) returning id""",
				Long.class, typeName);
		long therapist = this.booking.therapist();
		this.booking.room();
		this.jdbc.update("update account set display_name = ?, experienced_in_release = true where id = ?",
				"Wren Castellanos", therapist);
		String email = this.fixtures.clientWithLogin("Solveig Marchetti");
		long clientId = this.jdbc.queryForObject("select client_id from account where email = ?", Long.class, email);
		// a session tomorrow: inside any notice of two days, whatever the hour now
		long soon = this.booking.book(clientId, this.booking.standard(), therapist, null,
				this.booking.at(TestClock.today().plusDays(1), 10, 0)).id();

		adminOffersTheTypeOnlineAndSetsTheNotice(typeId, typeName);

		this.browser.signIn(email, Fixtures.PASSWORD);
		this.browser.go("/me");
		this.browser.scrollTo(By.id("my-bookings-link"));
		this.browser.find(By.id("my-bookings-link")).click();
		this.browser.waitFor(By.id("book-session"));
		assertThat(this.browser.driver().findElements(By.id("move-" + soon))).as("inside the notice").isEmpty();
		assertThat(this.browser.text(By.id("booking-" + soon))).contains("less than 48 hours", "020 7946 0000")
			.doesNotContainIgnoringCase("hold");
		pageFitsAPhone("portal-bookings-phone");
		this.browser.find(By.id("back-to-me")).click();
		this.browser.waitFor(By.id("my-bookings-link"));
		this.browser.go("/me/bookings");

		// book: the type the admin offered, the experienced therapist, a day next week, the first free time
		this.browser.find(By.id("book-session")).click();
		this.browser.choose("sessionTypeId", String.valueOf(typeId));
		this.browser.choose("therapistId", String.valueOf(therapist));
		assertThat(this.browser.text(By.cssSelector("label[for='therapist-" + therapist + "']")))
			.contains("Wren Castellanos", "Experienced in emotional-release work");
		this.browser.find(By.id("show-times")).click();
		this.browser.find(By.id("later-days")).click();
		this.browser.find(By.id("earlier-days")).click();
		this.browser.find(By.id("later-days")).click();
		this.browser.find(By.cssSelector("#days li:nth-child(3) a")).click();
		pageFitsAPhone("portal-book-choose-phone");
		this.browser.scrollTo(By.id("days"));
		this.browser.screenshot("portal-book-times-phone");
		this.browser.find(By.cssSelector("#times li:first-child a")).click();
		this.browser.find(By.id("choose-another")).click();
		this.browser.find(By.cssSelector("#times li:first-child a")).click();
		pageFitsAPhone("portal-book-confirm-phone");
		this.browser.find(By.id("confirm-booking")).click();

		assertThat(this.browser.text(By.cssSelector("[role=status]"))).startsWith("Your session is booked.");
		Map<String, Object> booked = this.jdbc.queryForMap("""
				select id, therapist_id, starts_at, booked_online, status from booking
				where client_id = ? and session_type_id = ?""", clientId, typeId);
		long id = (Long) booked.get("id");
		assertThat(booked).containsEntry("therapist_id", therapist)
			.containsEntry("booked_online", true)
			.containsEntry("status", "BOOKED");
		Instant firstStart = ((java.sql.Timestamp) booked.get("starts_at")).toInstant();
		assertThat(history(id)).containsExactly("BOOKED by the client, online");

		// move: to another day of the week after
		this.browser.find(By.id("move-" + id)).click();
		assertThat(this.browser.find(By.cssSelector("input[name=therapistId]:checked")).getDomAttribute("value"))
			.as("the same therapist first")
			.isEqualTo(String.valueOf(therapist));
		this.browser.find(By.id("later-days")).click();
		this.browser.find(By.cssSelector("#days li:nth-child(5) a")).click();
		pageFitsAPhone("portal-move-choose-phone");
		this.browser.find(By.cssSelector("#times li:first-child a")).click();
		this.browser.find(By.id("choose-another")).click();
		this.browser.find(By.cssSelector("#times li:first-child a")).click();
		pageFitsAPhone("portal-move-confirm-phone");
		this.browser.find(By.id("confirm-move")).click();

		assertThat(this.browser.text(By.cssSelector("[role=status]"))).startsWith("Your session is moved.");
		Instant moved = this.jdbc.queryForObject("select starts_at from booking where id = ?", java.sql.Timestamp.class, id)
			.toInstant();
		assertThat(moved).isNotEqualTo(firstStart);
		assertThat(history(id)).containsExactly("BOOKED by the client, online", "RESCHEDULED by the client, online");

		// cancel, after going back once
		this.browser.find(By.id("cancel-" + id)).click();
		this.browser.find(By.id("back-to-bookings")).click();
		this.browser.find(By.id("cancel-" + id)).click();
		pageFitsAPhone("portal-cancel-phone");
		this.browser.find(By.id("confirm-cancel")).click();

		assertThat(this.browser.text(By.cssSelector("[role=status]"))).startsWith("Your session is cancelled.");
		assertThat(this.jdbc.queryForObject("select status from booking where id = ?", String.class, id))
			.isEqualTo("CANCELLED");
		assertThat(history(id)).containsExactly("BOOKED by the client, online", "RESCHEDULED by the client, online",
				"CANCELLED by the client, online");
		assertThat(this.browser.driver().findElements(By.id("booking-" + id))).isEmpty();
		assertThat(this.jdbc.queryForList("select kind from outgoing_message where booking_id = ? order by id",
				String.class, id)).hasSize(3);
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	private void adminOffersTheTypeOnlineAndSetsTheNotice(long typeId, String typeName) throws Exception {
		this.browser.signIn(this.fixtures.staffMember(Role.ADMIN), Fixtures.PASSWORD);
		this.browser.go("/admin/session-types");
		this.browser.find(By.xpath("//a[contains(@class,'client-row')][.//strong[text()='" + typeName + "']]")).click();
		this.browser.choose("onlineForNew", "true");
		this.browser.choose("onlineForReturning", "true");
		pageFitsAPhone("admin-session-type-online-phone");
		this.browser.find(By.cssSelector("button[type=submit].button-primary")).click();
		assertThat(this.browser.text(By.cssSelector("[role=status]"))).startsWith("Session type saved.");
		assertThat(this.jdbc.queryForMap("select online_for_new, online_for_returning from session_type where id = ?",
				typeId)).containsEntry("online_for_new", true).containsEntry("online_for_returning", true);

		this.browser.go("/admin/settings");
		this.browser.type(By.id("onlineChangeNoticeHours"), "48");
		this.browser.scrollTo(By.id("onlineChangeNoticeHours"));
		pageFitsAPhone("admin-settings-notice-phone");
		this.browser.find(By.cssSelector("form button[type=submit].button-primary")).click();
		assertThat(this.browser.text(By.cssSelector("[role=status]"))).isEqualTo("Settings saved.");
		assertThat(this.jdbc.queryForObject(
				"select value from clinic_setting where key = 'online-change-notice-hours'", String.class)).isEqualTo("48");
		this.browser.find(By.cssSelector(".signout button")).click();
		this.browser.waitFor(By.id("username"));
	}

	private void pageFitsAPhone(String screenshot) throws Exception {
		assertThat(this.browser.sidewaysOverflow()).as("sideways overflow on %s", screenshot).isEmpty();
		assertThat(this.browser.smallTouchTargets()).as("small targets on %s", screenshot).isEmpty();
		this.browser.screenshot(screenshot);
	}

	private List<String> history(long bookingId) {
		return this.jdbc.queryForList(
				"select kind || ' by ' || actor_name from booking_event where booking_id = ? order by occurred_at, id",
				String.class, bookingId);
	}

}
