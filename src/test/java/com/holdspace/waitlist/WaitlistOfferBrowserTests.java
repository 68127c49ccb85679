package com.holdspace.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.holdspace.Browser;
import com.holdspace.Browser.Screen;
import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.booking.BookingViews;
import com.holdspace.booking.BookingStatus;
import com.holdspace.staff.Role;

/**
 * The front desk puts a client on the waitlist at the tablet; a session is cancelled; the client
 * opens the link from the email on their phone and books the time.
 */
@IntegrationTest
class WaitlistOfferBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	WaitlistFixtures waitlist;

	@Autowired
	BookingViews bookings;

	private Browser browser;

	@BeforeEach
	void openBrowser() throws Exception {
		this.waitlist.emptyTheList();
		this.browser = Browser.open(this.port);
	}

	@AfterEach
	void closeBrowser() throws Exception {
		this.browser.close();
	}

	@Test
	void aClientPutOnTheWaitlistBooksACancelledTimeFromTheLinkOnTheirPhone() throws Exception {
		long therapist = this.waitlist.therapist();
		long room = this.waitlist.room();
		long standard = this.waitlist.standard();
		Instant start = WaitlistFixtures.daysAhead(17, LocalTime.of(11, 0));
		long clientId = this.fixtures.client("Ffion Waits-Longtime");
		var booking = this.waitlist.book(this.fixtures.client("Cancels Later"), standard, therapist, room, start);

		this.browser.signIn(this.fixtures.staffMember(Role.FRONT_DESK), Fixtures.PASSWORD);
		this.browser.use(Screen.TABLET_PORTRAIT);
		this.browser.go("/clients/" + clientId);
		this.browser.find(By.linkText("Add to waitlist")).click();
		new Select(this.browser.find(By.id("sessionTypeId"))).selectByValue(String.valueOf(standard));
		new Select(this.browser.find(By.id("therapistId"))).selectByValue(String.valueOf(therapist));
		new Select(this.browser.find(By.id("windows0.dayOfWeek")))
			.selectByVisibleText(WaitlistFixtures.dayOf(start).getDisplayName(TextStyle.FULL, Locale.UK));
		this.browser.setDate(By.id("windows0.starts"), "10:00");
		this.browser.setDate(By.id("windows0.ends"), "13:00");
		this.browser.type(By.id("note"), "Happy to come at short notice");
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		this.browser.screenshot("waitlist-form-tablet-portrait");
		this.browser.find(By.cssSelector("button[type=submit].button-primary")).click();

		assertThat(this.browser.text(By.cssSelector("[role=status]"))).isEqualTo("Added to the waitlist.");
		assertThat(this.browser.text(By.cssSelector(".card-waitlist"))).contains("Standard session", "10:00 to 13:00");
		this.browser.find(By.cssSelector(".signout button")).click();
		this.browser.waitFor(By.id("username"));

		this.waitlist.cancel(booking.id());
		String token = (String) this.waitlist.offersForClient(clientId).get(0).get("token");

		this.browser.use(Screen.PHONE);
		this.browser.go("/offers/" + token);
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("A time has opened up");
		assertThat(this.browser.text(By.cssSelector(".offer-facts"))).contains("11:00 to 12:00", "Standard session", "Test");
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		this.browser.screenshot("waitlist-offer-phone");
		this.browser.find(By.cssSelector("button[type=submit].button-primary")).click();

		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("Booked");
		assertThat(this.bookings.forClient(clientId)).singleElement()
			.satisfies(view -> assertThat(view.status()).isEqualTo(BookingStatus.BOOKED))
			.satisfies(view -> assertThat(view.startsAt()).isEqualTo(start));
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		this.browser.screenshot("waitlist-offer-booked-phone");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

}
