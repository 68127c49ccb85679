package com.holdspace.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.holdspace.Browser;
import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.Browser.Screen;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.staff.Role;

/**
 * An admin opens a second clinic with a room and moves a therapist there; the front desk switches
 * the calendar to that clinic and finds them, with the new room and free times.
 */
@IntegrationTest
class SitesJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	BookingFixtures booking;

	private Browser browser;

	@BeforeEach
	void openBrowser() throws Exception {
		this.browser = Browser.open(this.port);
	}

	@AfterEach
	void closeBrowser() throws Exception {
		this.browser.close();
	}

	@Test
	void adminOpensASiteAndTheDeskSwitchesTheCalendarToIt() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 4);
		String site = "Riverside " + suffix;
		String room = "Alder room " + suffix;
		long therapist = this.booking.therapist();
		this.browser.signIn(this.fixtures.staffMember(Role.ADMIN), Fixtures.PASSWORD);

		this.browser.find(By.linkText("Sites")).click();
		this.browser.type(By.id("name"), site);
		this.browser.find(By.cssSelector(".inline-fields button[type=submit]")).click();
		assertThat(this.browser.text(By.cssSelector("[role=status]"))).isEqualTo("Site added.");
		assertThat(this.browser.text(By.cssSelector(".client-list"))).contains(site);
		looksRightOnTabletAndPhone("sites");

		this.browser.find(By.linkText("Rooms")).click();
		this.browser.type(By.id("name"), room);
		new Select(this.browser.find(By.id("siteId"))).selectByVisibleText(site);
		this.browser.find(By.cssSelector(".inline-fields button[type=submit]")).click();
		assertThat(this.browser.text(By.cssSelector("[role=status]"))).isEqualTo("Room added.");
		assertThat(this.browser.text(By.xpath("//a[contains(@class,'client-row')][.//strong[text()='" + room + "']]")))
			.contains(site);
		looksRightOnTabletAndPhone("rooms-with-sites");

		this.browser.go("/admin/staff/" + therapist);
		new Select(this.browser.find(By.id("siteId"))).selectByVisibleText(site);
		this.browser.find(By.xpath("//button[text()='Move to this site']")).click();
		assertThat(this.browser.text(By.cssSelector("[role=status]")))
			.isEqualTo("Site changed. New bookings take rooms at the new site.");
		assertThat(this.browser.text(By.cssSelector(".subtitle"))).contains(site);
		looksRightOnTabletAndPhone("staff-site");
		assertThat(this.browser.consoleProblems()).isEmpty();
		this.browser.close();

		this.browser = Browser.open(this.port);
		this.browser.use(Screen.TABLET_PORTRAIT);
		this.browser.signIn(this.fixtures.staffMember(Role.FRONT_DESK), Fixtures.PASSWORD);
		this.browser.find(By.linkText("Calendar")).click();
		new Select(this.browser.find(By.id("site"))).selectByVisibleText(site);
		this.browser.find(By.cssSelector(".site-switch button")).click();

		// the desk lands on the site's day, every therapist of the site side by side
		this.browser.waitUntil(driver -> driver.getCurrentUrl().contains("/calendar/day?site="));
		assertThat(new Select(this.browser.find(By.id("site"))).getFirstSelectedOption().getText()).isEqualTo(site);
		assertThat(this.browser.text(By.cssSelector("nav.chips"))).contains(room);
		this.browser.find(By.cssSelector("nav.chips a[href^='/calendar/therapists/" + therapist + "?']")).click();
		this.browser.waitUntil(driver -> driver.getCurrentUrl().contains("/calendar/therapists/" + therapist));
		assertThat(new Select(this.browser.find(By.id("site"))).getFirstSelectedOption().getText()).isEqualTo(site);
		assertThat(this.browser.driver().findElements(By.cssSelector("a.cal-free"))).isNotEmpty();
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		this.browser.screenshot("calendar-site-switch-tablet-portrait");
		this.browser.use(Screen.PHONE);
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		this.browser.screenshot("calendar-site-switch-phone");

		this.browser.use(Screen.TABLET_LANDSCAPE);
		this.browser.go("/schedule?site=" + this.browser.find(By.cssSelector("#site option:checked")).getDomProperty("value"));
		assertThat(this.browser.text(By.cssSelector(".client-list"))).contains("Test therapist");
		looksRightOnTabletAndPhone("schedules-site-switch");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	/** No sideways scrolling and no small targets, at 1024x768 and 390x844, with a screenshot of each. */
	private void looksRightOnTabletAndPhone(String name) throws Exception {
		for (Screen screen : new Screen[] { Screen.TABLET_LANDSCAPE, Screen.PHONE }) {
			this.browser.use(screen);
			assertThat(this.browser.sidewaysOverflow()).as(name).isEmpty();
			assertThat(this.browser.smallTouchTargets()).as(name).isEmpty();
			this.browser.screenshot(name + "-" + screen.name().toLowerCase().replace('_', '-'));
		}
		this.browser.use(Screen.TABLET_LANDSCAPE);
	}

}
