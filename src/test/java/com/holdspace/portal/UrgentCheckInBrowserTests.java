package com.holdspace.portal;

import static org.assertj.core.api.Assertions.assertThat;

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
import com.holdspace.aftercare.AftercareFixtures;
import com.holdspace.staff.PortalAccounts;

/**
 * On their phone, a client tells the check-in they are at their lowest and thinking of hurting
 * themselves: the crisis lines are there at once, each a number to tap. On the tablet, their
 * therapist's day opens with it, marked urgent.
 */
@IntegrationTest
class UrgentCheckInBrowserTests {

	private static final String PASSWORD = "a quiet walk by the river";

	@LocalServerPort
	int port;

	@Autowired
	AftercareFixtures aftercare;

	@Autowired
	PortalAccounts portalAccounts;

	@Autowired
	JdbcTemplate jdbc;

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
	void theClientSeesTheCrisisLinesAtOnceAndTheTherapistsDayOpensWithTheCheckIn() throws Exception {
		var client = this.aftercare.client();
		String email = "phone-" + UUID.randomUUID().toString().substring(0, 8) + "@test.holdspace";
		this.portalAccounts.open(email, "Session Client", PASSWORD, client.clientId());
		long plan = this.aftercare.handedOverPlan(client, "Rest this evening", null);
		this.browser.use(Screen.PHONE);
		this.browser.signIn(email, PASSWORD);

		this.browser.go("/me/plans/" + plan);
		this.browser.find(By.xpath("//input[@name='feeling'][@value='1']/parent::label")).click();
		this.browser.type(By.id("words"), "1/5, keep thinking about hurting myself");
		this.browser.find(By.id("send-check-in")).click();

		this.browser.waitFor(By.id("crisis-lines"));
		// the notice and the first number to call are on the first screen, without scrolling
		assertThat((Boolean) this.browser.driver().executeScript(
				"var call = document.querySelector('#crisis-lines a.crisis-call').getBoundingClientRect();"
						+ " return window.scrollY === 0 && call.bottom < window.innerHeight;"))
			.isTrue();
		assertThat(this.browser.driver().findElements(By.cssSelector("#crisis-lines a.crisis-call")))
			.extracting(link -> link.getDomAttribute("href"))
			.contains("tel:999", "tel:116123", "sms:85258");
		assertThat(this.jdbc.queryForObject("select urgent from aftercare_check_in where plan_id = ?", Boolean.class,
				plan)).isTrue();
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		this.browser.screenshot("portal-urgent-check-in-phone");
		this.browser.close();

		this.browser = Browser.open(this.port);
		this.browser.use(Screen.TABLET_LANDSCAPE);
		this.browser.signIn(client.therapistLogin(), Fixtures.PASSWORD);
		long therapist = this.jdbc.queryForObject("select id from account where email = ?", Long.class,
				client.therapistLogin());
		this.browser.go("/calendar/therapists/" + therapist + "?view=day&date=" + TestClock.today());
		assertThat(this.browser.text(By.cssSelector("#day-notes li:first-child")))
			.startsWith("Urgent\nSession Client checked in")
			.contains("keep thinking about hurting myself");
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		this.browser.screenshot("calendar-day-urgent-check-in-tablet-landscape");
		this.browser.use(Screen.PHONE);
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		this.browser.screenshot("calendar-day-urgent-check-in-phone");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

}
