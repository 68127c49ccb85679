package com.holdspace.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.holdspace.Browser;
import com.holdspace.Browser.Screen;
import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;

/**
 * Consent is ongoing: during a session the therapist records the client's consent aloud, then the
 * client withdraws their written consent; back in the session room the page says so and a block of
 * touch is refused. The consent page's forms are pressed and what they saved is read back.
 */
@IntegrationTest
class ConsentWithdrawnInSessionBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	SessionFixtures sessions;

	@Autowired
	JdbcTemplate jdbc;

	private Browser browser;

	@BeforeEach
	void openBrowser() throws Exception {
		this.browser = Browser.open(this.port);
		this.browser.use(Screen.TABLET_LANDSCAPE);
	}

	@AfterEach
	void closeBrowser() throws Exception {
		this.browser.close();
	}

	@Test
	void consentWithdrawnMidSessionStopsTouchAndTheSessionPageSaysSo() throws Exception {
		var setting = this.sessions.readyClientBooked();
		this.sessions.onTheDay(setting);
		this.browser.signIn(setting.therapistLogin(), Fixtures.PASSWORD);
		this.browser.go("/bookings/" + setting.bookingId());
		this.browser.find(By.id("start-session")).click();
		this.browser.find(By.id("reconfirm-consent")).click();
		this.browser.waitFor(By.id("consent-reconfirmed"));
		String session = this.browser.driver().getCurrentUrl().replaceAll("[#?].*", "");
		tap("//input[@name='tensionBefore'][@value='5']/parent::label");
		this.browser.type(By.id("arrival"), "Calm today");
		for (String question : new String[] { "hadWater", "breathingOffered" }) {
			this.browser.choose(question, "true");
		}
		for (String question : new String[] { "alcoholOrDrugsToday", "newFlashbacks", "harmThoughts" }) {
			this.browser.choose(question, "false");
		}
		this.browser.find(By.id("check-in-done")).click();
		this.browser.waitFor(By.cssSelector("form.log-touch"));

		this.browser.go("/clients/" + setting.clientId() + "/consent");
		this.browser.find(By.xpath("//form[contains(@action,'/consent/verbal')]//button")).click();
		// the consent page answers on itself: wait for what it saved
		this.browser.waitUntil(driver -> this.jdbc.queryForObject(
				"select count(*) from signed_consent where client_id = ? and method = 'VERBAL' and booking_id is null",
				Integer.class, setting.clientId()) == 1);
		this.browser.waitFor(By.cssSelector("[role=status].flash"));

		long written = this.jdbc.queryForObject(
				"select id from signed_consent where client_id = ? and method = 'WRITTEN' order by signed_at desc limit 1",
				Long.class, setting.clientId());
		this.browser.go("/clients/" + setting.clientId() + "/consent/records/" + written);
		this.browser.type(By.id("reason"), "She said she does not want to be touched today");
		this.browser.find(By.cssSelector("form[action$='/withdraw'] button.button-danger")).click();
		var confirm = new WebDriverWait(this.browser.driver(), Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
		confirm.accept();
		this.browser.waitUntil(driver -> !driver.getCurrentUrl().contains("/records/"));
		assertThat(this.jdbc.queryForObject("select reason from consent_withdrawal where consent_id = ?", String.class,
				written)).isEqualTo("She said she does not want to be touched today");

		this.browser.driver().get(session + "#log");
		assertThat(this.browser.text(By.id("safety-now")))
			.contains("Treatment consent is no longer valid (withdrawn): no touch.");
		tap("//*[contains(@class,'bodymap-session')]//button[@data-region='UPPER_BACK']");
		this.browser.choose("technique", "SWEDISH");
		this.browser.choose("pressure", "LIGHT");
		this.browser.choose("minutes", "5");
		tap("//form[contains(@class,'log-touch')]//button[@type='submit']");
		this.browser.waitUntil(driver -> this.browser.find(By.id("log-problem")).getText().contains("withdrawn"));
		assertThat(this.jdbc.queryForObject("""
				select count(*) from session_entry e join session_record r on r.id = e.session_id
				where r.booking_id = ? and e.kind = 'TOUCH'""", Integer.class, setting.bookingId())).isZero();
		this.browser.screenshot("session-consent-withdrawn-tablet-landscape");
	}

	private void tap(String xpath) {
		var element = this.browser.find(By.xpath(xpath));
		this.browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

}
