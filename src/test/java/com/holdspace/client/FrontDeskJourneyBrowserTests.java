package com.holdspace.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.holdspace.Browser;
import com.holdspace.Browser.Screen;
import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.staff.Role;

/** The front desk's first journey, in real headless Chromium at tablet size. */
@IntegrationTest
class FrontDeskJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

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
	void frontDeskAddsAClientWithAnEmergencyContactAndFindsThemByAnAccentFreePartialSearch() throws Exception {
		this.browser.signIn(this.fixtures.staffMember(Role.FRONT_DESK), Fixtures.PASSWORD);

		this.browser.find(By.linkText("Clients")).click();
		this.browser.find(By.linkText("New client")).click();
		this.browser.use(Screen.TABLET_PORTRAIT);
		this.browser.type(By.id("legalName"), "Zoë Ångström Wrenfield");
		this.browser.type(By.id("preferredName"), "Zoë");
		this.browser.type(By.id("pronouns"), "she/her");
		this.browser.setDate(By.id("dateOfBirth"), "1991-03-14");
		this.browser.type(By.id("phone"), "+44 7700 900123");
		this.browser.type(By.id("email"), "zoe.wrenfield@example.org");
		this.browser.find(By.xpath("//label[contains(@class,'choice')][.//span[text()='Email']]")).click();
		this.browser.type(By.id("emergencyContacts0.name"), "Lars Ångström");
		this.browser.type(By.id("emergencyContacts0.relationship"), "Brother");
		this.browser.type(By.id("emergencyContacts0.phone"), "+44 7700 900456");
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		this.browser.screenshot("client-form-tablet-portrait");
		this.browser.find(By.cssSelector("button[type=submit].button-primary")).click();

		assertThat(this.browser.text(By.cssSelector("[role=status]"))).isEqualTo("Client added.");
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("Zoë Ångström Wrenfield");

		this.browser.use(Screen.TABLET_LANDSCAPE);
		this.browser.find(By.linkText("Clients")).click();
		this.browser.type(By.id("q"), "zoe angstrom wren");
		this.browser.find(By.cssSelector(".search button")).click();
		this.browser.find(By.partialLinkText("Zoë Ångström Wrenfield")).click();

		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("Zoë Ångström Wrenfield");
		assertThat(this.browser.text(By.cssSelector(".contacts"))).contains("Lars Ångström", "Brother", "+44 7700 900456");
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		this.browser.screenshot("client-page-tablet-landscape");
		this.browser.use(Screen.PHONE);
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		this.browser.screenshot("client-page-phone");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	@Test
	void aFormWithMistakesComesBackWithMessagesAndEverythingTypedStillThere() throws Exception {
		this.browser.signIn(this.fixtures.staffMember(Role.THERAPIST), Fixtures.PASSWORD);
		this.browser.go("/clients/new");
		this.browser.type(By.id("legalName"), "Rhiannon Ffrench");
		// in the future, yet within the dates any form takes (a hundred years on)
		this.browser.setDate(By.id("dateOfBirth"), com.holdspace.TestClock.today().plusYears(10).toString());
		this.browser.type(By.id("email"), "rhiannon@nowhere");
		this.browser.type(By.id("emergencyContacts0.name"), "Dai Ffrench");

		this.browser.find(By.cssSelector("button[type=submit].button-primary")).click();

		assertThat(this.browser.text(By.cssSelector(".error-summary h2"))).contains("Some answers need another look");
		assertThat(this.browser.text(By.id("dateOfBirth-error"))).isEqualTo("The date of birth cannot be in the future.");
		assertThat(this.browser.text(By.id("email-error"))).startsWith("Please enter an email address");
		assertThat(this.browser.text(By.id("emergencyContacts0.relationship-error"))).isEqualTo("Please fill this in.");
		assertThat(this.browser.find(By.id("legalName")).getDomProperty("value")).isEqualTo("Rhiannon Ffrench");
		assertThat(this.browser.find(By.id("emergencyContacts0.name")).getDomProperty("value")).isEqualTo("Dai Ffrench");
		this.browser.use(Screen.PHONE);
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		this.browser.screenshot("client-form-errors-phone");
	}

}
