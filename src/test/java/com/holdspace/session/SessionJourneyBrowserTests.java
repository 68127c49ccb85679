package com.holdspace.session;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * A therapist on a tablet takes a booked session from the booking to a signed, amended record:
 * check-in, two blocks of touch, an emotional release with a pause, the notes, the signature.
 */
@IntegrationTest
class SessionJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	SessionFixtures sessions;

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
	void startFromTheBookingLogTwoBlocksAReleaseAndAPauseSignThenAmend() throws Exception {
		var setting = this.sessions.readyClientBooked();
		this.sessions.onTheDay(setting);
		this.browser.signIn(setting.therapistLogin(), Fixtures.PASSWORD);
		this.browser.use(Screen.TABLET_LANDSCAPE);

		this.browser.go("/bookings/" + setting.bookingId());
		assertThat(this.browser.text(By.id("stop-signal"))).isEqualTo("pineapple");
		this.browser.find(By.id("start-session")).click();

		this.browser.waitFor(By.id("checkin-form"));
		assertThat(this.browser.text(By.id("avoid-regions"))).contains("Avoid: Abdomen", "With care: Chest");
		this.browser.screenshot("session-checkin-tablet-landscape");
		this.browser.find(By.id("reconfirm-consent")).click();
		assertThat(this.browser.text(By.id("consent-reconfirmed"))).startsWith("Consent, stop signal and areas re-confirmed at");
		scale("tensionBefore", "7");
		this.browser.type(By.id("arrival"), "Tight shoulders after a long drive");
		this.browser.choose("alcoholOrDrugsToday", "false");
		this.browser.choose("newFlashbacks", "false");
		this.browser.choose("harmThoughts", "false");
		this.browser.choose("hadWater", "true");
		this.browser.choose("breathingOffered", "true");
		this.browser.find(By.id("check-in-done")).click();

		this.browser.waitFor(By.cssSelector("form.log-touch"));
		tap(By.cssSelector(".bodymap-session [data-region='UPPER_BACK']"));
		block("MYOFASCIAL_RELEASE", "5");
		waitForEntries(1);
		assertThat(this.browser.text(By.id("log-status")))
			.isEqualTo("Recorded: Touch: Upper back, Myofascial release, light, 5 min");
		tap(By.cssSelector(".bodymap-session [data-region='SHOULDER_LEFT']"));
		block("CRANIOSACRAL", "10");
		waitForEntries(2);
		tap(By.cssSelector("button[name=event][value=CRYING]"));
		waitForEntries(3);
		this.browser.type(By.id("pause-why"), "She asked for a moment to breathe");
		tap(By.xpath("//textarea[@id='pause-why']/ancestor::form//button"));
		waitForEntries(4);
		assertThat(this.browser.text(By.id("latest-entries"))).contains("Crying", "Pause: She asked for a moment to breathe");
		assertThat(this.browser.find(By.id("timeline")).getDomProperty("textContent")).contains("Touch: Upper back, Myofascial release, light, 5 min",
				"Touch: Left shoulder, Craniosacral, light, 10 min", "Crying", "Pause: She asked for a moment to breathe",
				"15 minutes of touch; 4 entries.");
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		this.browser.scrollTo(By.id("log"));
		this.browser.screenshot("session-during-tablet-landscape");
		this.browser.use(Screen.TABLET_PORTRAIT);
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		this.browser.scrollTo(By.id("log"));
		this.browser.screenshot("session-during-tablet-portrait");

		this.browser.step("end");
		assertThat(this.browser.text(By.id("timeline"))).contains("15 minutes of touch; 4 entries.");
		this.browser.choose("groundingDone", "true");
		this.browser.type(By.id("grounding"), "Feet on the floor, three slow breaths");
		scale("tensionAfter", "3");
		this.browser.type(By.id("subjective"), "Tightness across the shoulders, easing");
		this.browser.type(By.id("objective"), "Tears at the left shoulder; breath slowed after the pause");
		this.browser.type(By.id("assessment"), "A release held well with a pause and breath");
		this.browser.type(By.id("plan"), "Weekly; check in with her counsellor about the release");
		this.browser.waitUntil(driver -> this.browser.text(By.id("save-status")).startsWith("Saved at"));
		this.browser.screenshot("session-notes-tablet-portrait");
		this.browser.choose("confirmSign", "true");
		this.browser.find(By.id("sign")).click();

		assertThat(this.browser.text(By.cssSelector("[role=status].flash"))).isEqualTo("Signed and locked.");
		this.browser.waitFor(By.id("aftercare-form"));
		this.browser.step("record");
		assertThat(this.browser.text(By.id("signed-by"))).startsWith("Signed by Test therapist");
		assertThat(this.browser.driver().findElements(By.cssSelector("form[data-quick], #notes-form"))).isEmpty();

		this.browser.type(By.id("reason"), "The counsellor's name was missing");
		this.browser.type(By.id("body"), "Her counsellor is Dr Asha Rao; the check-in is next Tuesday.");
		this.browser.find(By.xpath("//form[contains(@action,'/amendments')]//button")).click();

		assertThat(this.browser.text(By.id("amendments"))).contains("The counsellor's name was missing",
				"Her counsellor is Dr Asha Rao", "Added by Test therapist");
		assertThat(this.browser.text(By.id("record"))).contains("Weekly; check in with her counsellor about the release");
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		this.browser.screenshot("session-signed-tablet-portrait");
		this.browser.use(Screen.TABLET_LANDSCAPE);
		this.browser.scrollTo(By.id("record"));
		this.browser.screenshot("session-signed-tablet-landscape");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	/** The 0 to 10 scale: a finger taps the number, the radio button behind it is out of sight. */
	private void scale(String name, String value) {
		var number = this.browser.driver()
			.findElement(By.xpath("//input[@name='" + name + "'][@value='" + value + "']/parent::label"));
		this.browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", number);
		number.click();
	}

	/** A finger on a control in the middle of the screen, clear of the sticky section bar. */
	private void tap(By control) {
		var element = this.browser.find(control);
		this.browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	private void block(String technique, String minutes) {
		this.browser.choose("technique", technique);
		this.browser.choose("pressure", "LIGHT");
		this.browser.choose("minutes", minutes);
		tap(By.cssSelector("form.log-touch button[type=submit]"));
	}

	private void waitForEntries(int count) {
		this.browser.waitUntil(driver -> driver.findElements(By.cssSelector("#timeline li.entry")).size() == count);
	}

}
