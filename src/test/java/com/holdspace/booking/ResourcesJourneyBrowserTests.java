package com.holdspace.booking;

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
import com.holdspace.Browser.Screen;
import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.staff.Role;

/** An admin sets up a session type and the front desk a therapist's week, on a tablet. */
@IntegrationTest
class ResourcesJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ClinicResources resources;

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
	void adminAddsATalkOnlySessionTypeAndSeesHowLongItHoldsTheRoom() throws Exception {
		String name = "Check-in call " + UUID.randomUUID().toString().substring(0, 4);
		this.browser.signIn(this.fixtures.staffMember(Role.ADMIN), Fixtures.PASSWORD);

		this.browser.find(By.linkText("Session types")).click();
		this.browser.find(By.linkText("New session type")).click();
		this.browser.type(By.id("name"), name);
		this.browser.type(By.id("description"), "A short talk to see how the client is, without touch.");
		this.browser.type(By.id("durationMinutes"), "25");
		this.browser.type(By.id("bufferMinutes"), "5");
		this.browser.choose("involvesTouch", "true");
		assertThat(this.browser.find(By.id("involvesTouch1")).isSelected()).isFalse();
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		this.browser.screenshot("session-type-form-tablet-landscape");
		this.browser.find(By.cssSelector("button[type=submit].button-primary")).click();

		assertThat(this.browser.text(By.cssSelector("[role=status]"))).isEqualTo("Session type added.");
		var row = this.browser.find(By.xpath("//a[contains(@class,'client-row')][.//strong[text()='" + name + "']]"));
		assertThat(row.getText()).contains("Talk only", "25 min + 5 min quiet time = 30 min held");
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		this.browser.screenshot("session-types-tablet-landscape");
		this.browser.use(Screen.TABLET_PORTRAIT);
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		this.browser.screenshot("session-types-tablet-portrait");
		this.browser.use(Screen.PHONE);
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		this.browser.screenshot("session-types-phone");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	@Test
	void frontDeskAddsWorkingHoursForATherapist() throws Exception {
		long therapist = this.fixtures.staffId(this.fixtures.staffMember(Role.THERAPIST));
		this.browser.signIn(this.fixtures.staffMember(Role.FRONT_DESK), Fixtures.PASSWORD);

		this.browser.find(By.linkText("Schedules")).click();
		this.browser.find(By.cssSelector("a.client-row[href$='/schedule/therapists/" + therapist + "']")).click();
		new Select(this.browser.find(By.id("day"))).selectByVisibleText("Wednesday");
		this.browser.setDate(By.id("starts"), "09:30");
		this.browser.setDate(By.id("ends"), "13:00");
		this.browser.find(By.cssSelector(".add-hours button[type=submit]")).click();

		assertThat(this.browser.text(By.cssSelector("[role=status]"))).isEqualTo("Working hours added.");
		assertThat(this.browser.text(By.xpath("//ul[@class='week']/li[3]"))).contains("Wednesday", "09:30\u201313:00");
		assertThat(this.resources.workingHours(therapist)).hasSize(1);

		new Select(this.browser.find(By.id("day"))).selectByVisibleText("Wednesday");
		this.browser.setDate(By.id("starts"), "12:00");
		this.browser.setDate(By.id("ends"), "17:00");
		this.browser.find(By.cssSelector(".add-hours button[type=submit]")).click();
		assertThat(this.browser.text(By.id("starts-error")))
			.startsWith("This overlaps 09:30\u201313:00 on Wednesday, already in the week.");
		assertThat(this.browser.find(By.id("ends")).getDomProperty("value")).isEqualTo("17:00");
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		this.browser.scrollTo(By.cssSelector(".add-hours"));
		this.browser.screenshot("schedule-refused-tablet-landscape");
		this.browser.use(Screen.PHONE);
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		this.browser.scrollTo(By.id("week"));
		this.browser.screenshot("schedule-week-phone");
		this.browser.scrollTo(By.cssSelector(".add-hours"));
		this.browser.screenshot("schedule-refused-phone");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

}
