package com.holdspace.consent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.holdspace.Browser;
import com.holdspace.Browser.Screen;
import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.staff.Role;

/** A client reads and signs the treatment consent on a tablet held upright, 768 x 1024. */
@IntegrationTest
class ConsentSigningBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ConsentService consentService;

	@Autowired
	com.holdspace.booking.BookingFixtures bookings;

	private Browser browser;

	private long clientId;

	@BeforeEach
	void openBrowser() throws Exception {
		this.clientId = this.fixtures.client("Siobhán Ní Bhriain");
		this.browser = Browser.open(this.port);
		this.browser.use(Screen.TABLET_PORTRAIT);
		String therapist = this.fixtures.staffMember(Role.THERAPIST);
		this.bookings.inCare(this.clientId, this.fixtures.staffId(therapist));
		this.browser.signIn(therapist, Fixtures.PASSWORD);
	}

	@AfterEach
	void closeBrowser() throws Exception {
		this.browser.close();
	}

	@Test
	void theClientSignsWithAFingerAndTheStatusTurnsToSigned() throws Exception {
		this.browser.go("/clients/" + this.clientId + "/consent");
		assertThat(this.browser.text(By.cssSelector(".consent-TREATMENT, .consent-MISSING"))).contains("not signed yet");
		this.browser.find(By.cssSelector("form[action$='/consent/TREATMENT/sign/start'] button")).click();

		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("Consent to trauma-informed massage and bodywork");
		assertThat(this.browser.driver().findElements(By.cssSelector(".mainnav"))).isEmpty();
		this.browser.find(By.cssSelector("button.button-primary")).click();
		assertThat(this.browser.text(By.id("signature-error"))).isEqualTo("Please sign in the box.");
		assertThat(this.browser.text(By.id("agreed-error"))).startsWith("Please tick this");

		this.browser.choose("agreed", "true");
		this.browser.type(By.id("signerName"), "Siobhán Ní Bhriain");
		var pad = this.browser.find(By.id("signature-pad"));
		this.browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", pad);
		new Actions(this.browser.driver()).moveToElement(pad, -200, 20)
			.clickAndHold()
			.moveByOffset(40, -30)
			.moveByOffset(40, 40)
			.moveByOffset(40, -40)
			.moveByOffset(60, 30)
			.release()
			.moveToElement(pad, 120, -10)
			.clickAndHold()
			.moveByOffset(50, 25)
			.release()
			.perform();
		assertThat(this.browser.driver().findElement(By.id("signature")).getDomProperty("value")).startsWith("[[[");
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		this.browser.screenshot("consent-signing-tablet-portrait");
		this.browser.find(By.cssSelector("button.button-primary")).click();

		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("Thank you");
		this.browser.find(By.linkText("Unlock")).click();
		this.browser.type(By.id("password"), Fixtures.PASSWORD);
		this.browser.find(By.cssSelector("form button[type=submit]")).click();

		assertThat(this.browser.text(By.cssSelector(".consent-SIGNED"))).startsWith("Treatment consent: signed (version");
		var status = this.consentService.status(this.clientId, ConsentKind.TREATMENT);
		assertThat(status.state()).isEqualTo(ConsentStatus.State.SIGNED);
		var record = this.consentService.records(this.clientId).get(0);
		assertThat(record.getSignerName()).isEqualTo("Siobhán Ní Bhriain");
		assertThat(SignatureStrokes.parse(record.getSignatureStrokes())).get()
			.satisfies(strokes -> assertThat(strokes.polylines()).hasSize(2));
		assertThat(record.isIntact()).isTrue();
		this.browser.screenshot("consent-status-tablet-portrait");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	@Test
	void theConsentTextScrollsFromTheKeyboardWithItsFocusInSight() throws Exception {
		this.browser.go("/clients/" + this.clientId + "/consent");
		this.browser.find(By.cssSelector("form[action$='/consent/TREATMENT/sign/start'] button")).click();
		var text = this.browser.find(By.cssSelector(".consent-text"));
		assertThat(text.getAriaRole()).isEqualTo("region");
		assertThat(text.getAccessibleName()).isEqualTo("Consent text");
		assertThat((Boolean) this.browser.driver().executeScript("return arguments[0].scrollHeight > arguments[0].clientHeight",
				text)).as("the text is longer than its box").isTrue();

		// from the top of the page, as someone without a mouse or a finger would
		this.browser.driver().executeScript("document.activeElement.blur(); window.scrollTo(0, 0)");
		for (int tab = 0; tab < 10 && !text.equals(this.browser.driver().switchTo().activeElement()); tab++) {
			new Actions(this.browser.driver()).sendKeys(Keys.TAB).perform();
		}
		assertThat(this.browser.driver().switchTo().activeElement()).as("the box takes the keyboard's focus").isEqualTo(text);
		assertThat(text.getCssValue("outline-style")).isEqualTo("solid");
		assertThat(text.getCssValue("outline-width")).isEqualTo("3px");
		this.browser.screenshot("consent-text-focused-tablet-portrait");
		new Actions(this.browser.driver()).sendKeys(Keys.PAGE_DOWN).perform();
		this.browser.waitUntil(driver -> ((Number) driver.executeScript("return arguments[0].scrollTop", text)).intValue() > 0);
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

}
