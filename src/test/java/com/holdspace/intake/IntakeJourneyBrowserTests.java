package com.holdspace.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.holdspace.Browser;
import com.holdspace.Browser.Screen;
import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.staff.Role;

/** A therapist completes the SAFE intake on a tablet in landscape, 1024 x 768. */
@IntegrationTest
class IntakeJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	IntakeService intakeService;

	@Autowired
	JdbcTemplate jdbc;

	private Browser browser;

	private long clientId;

	private String therapist;

	@BeforeEach
	void openBrowser() throws Exception {
		this.clientId = this.fixtures.client("Elif Aydın");
		this.therapist = this.fixtures.staffMember(Role.THERAPIST);
		this.browser = Browser.open(this.port);
		this.browser.signIn(this.therapist, Fixtures.PASSWORD);
	}

	@AfterEach
	void closeBrowser() throws Exception {
		this.browser.close();
	}

	@Test
	void therapistFillsTheIntakeWithTheBodyMapSurvivesAReloadCompletesItAndSeesTheFlags() throws Exception {
		this.browser.go("/clients/" + this.clientId);
		this.browser.find(By.linkText("Open intake")).click();
		this.browser.find(By.linkText("Start intake")).click();

		this.browser.choose("emergencyContactsConfirmed", "true");
		this.browser.type(By.id("stopConditions"), "If my chest feels tight and I cannot breathe out");
		this.browser.choose("pressure", "MODERATE");
		this.browser.choose("therapistGender", "NO_PREFERENCE");
		this.browser.choose("wantsExperiencedTherapist", "true");
		region("CHEST").click();
		region("ABDOMEN").click();
		region("ABDOMEN").click();
		region("NECK_FRONT").sendKeys(Keys.ENTER);
		assertThat(region("ABDOMEN").getAttribute("class")).contains("state-AVOID");
		assertThat(region("NECK_FRONT").getAttribute("aria-label")).isEqualTo("Throat and front of neck: With care");
		waitForSave();
		this.browser.scrollTo(By.id("bodymap"));
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		this.browser.screenshot("intake-bodymap-tablet-landscape");

		this.browser.reload();

		assertThat(this.browser.find(By.id("stopConditions")).getDomProperty("value"))
			.isEqualTo("If my chest feels tight and I cannot breathe out");
		assertThat(this.browser.find(By.id("pressure2")).isSelected()).isTrue();
		assertThat(region("CHEST").getAttribute("class")).contains("state-CARE");
		assertThat(region("ABDOMEN").getAttribute("class")).contains("state-AVOID");

		this.browser.find(By.cssSelector("#intake-form button.button-primary")).click();
		assertThat(this.browser.text(By.cssSelector(".error-summary h2"))).contains("Some answers need another look");
		assertThat(this.browser.text(By.id("stopSignal-error"))).isEqualTo("Please agree on one stop signal.");
		assertThat(this.browser.find(By.id("stopConditions")).getDomProperty("value")).startsWith("If my chest");

		this.browser.choose("stopSignalKind", "WORD");
		this.browser.type(By.id("stopSignal"), "pineapple");
		this.browser.type(By.id("startSignal"), "ready");
		this.browser.choose("checkInFrequency", "EACH_NEW_AREA");
		this.browser.choose("sensationsExplained", "true");
		this.browser.type(By.id("goals"), "Fewer panic waves while driving");
		this.browser.choose("acknowledgesEmotionalResponses", "true");
		this.browser.choose("hopesForRelease", "true");
		this.browser.choose("hadReleaseBefore", "false");
		for (String question : new String[] { "ptsd", "anxietyDisorder", "depression", "severeTrauma", "flashbacks",
				"severeDissociation", "substanceUseToday", "recentSurgery", "pregnant", "uncontrolledSymptoms" }) {
			this.browser.choose(question, "false");
		}
		this.browser.choose("contraindicatingCondition", "NO");
		this.browser.choose("suicidalThoughts", "true");

		this.browser.waitUntil(driver -> !driver.findElements(By.cssSelector("#live-flags .flag-urgent")).isEmpty());
		assertThat(this.browser.text(By.cssSelector("#live-flags .flag-urgent"))).contains("Refer and pause",
				"Thoughts of ending their life");
		this.browser.screenshot("intake-form-tablet-landscape");

		this.browser.find(By.cssSelector("#intake-form button.button-primary")).click();

		assertThat(this.browser.text(By.cssSelector("[role=status]"))).isEqualTo("Intake completed and saved as a new version.");
		assertThat(this.browser.text(By.cssSelector(".subtitle"))).startsWith("Version 1, completed by Test therapist");
		assertThat(this.jdbc.queryForMap("select number, completed_by from intake_version where client_id = ?",
				this.clientId))
			.containsEntry("number", 1)
			.containsEntry("completed_by", this.fixtures.staffId(this.therapist));
		assertThat(this.browser.text(By.cssSelector("#holds"))).contains("Refer and pause", "Thoughts of ending their life",
				"Extended session suggested", "Hopes for an emotional release");
		assertThat(this.browser.find(By.cssSelector("#holds .hold-card a.button")).getText()).isEqualTo("Record the referral");
		assertThat(this.browser.text(By.cssSelector(".marked-regions"))).contains("Abdomen: Avoid", "Chest: With care");
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		this.browser.screenshot("intake-summary-tablet-landscape");
		this.browser.use(Screen.PHONE);
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		this.browser.screenshot("intake-summary-phone");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	@Test
	void theClientFillsTheirPartAndSeesSupportContactsTheMomentTheyDisclose() throws Exception {
		this.browser.go("/clients/" + this.clientId + "/intake/edit");
		this.browser.find(By.cssSelector(".hand-over button")).click();
		// the client's own page has no staff navigation: wait for it, not for the page being left
		this.browser.waitUntil(driver -> driver.findElements(By.cssSelector(".mainnav")).isEmpty());

		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("Your intake, Elif Aydın");
		assertThat(this.browser.driver().findElements(By.cssSelector(".mainnav, #live-flags, [name=staffNotes]"))).isEmpty();
		assertThat(this.browser.driver().findElement(By.id("crisis")).isDisplayed()).isFalse();

		this.browser.use(Screen.TABLET_PORTRAIT);
		this.browser.choose("flashbacks", "true");

		this.browser.waitUntil(driver -> driver.findElement(By.id("crisis")).isDisplayed());
		assertThat(this.browser.text(By.id("crisis"))).contains("You are not alone", "Samaritans");
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		this.browser.screenshot("intake-client-mode-tablet-portrait");
		waitForSave();

		this.browser.find(By.cssSelector("#intake-form button.button-primary")).click();
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("Thank you");
		this.browser.find(By.linkText("Unlock")).click();
		this.browser.type(By.id("password"), Fixtures.PASSWORD);
		this.browser.find(By.cssSelector("form button[type=submit]")).click();

		this.browser.waitFor(By.id("live-flags"));
		assertThat(this.browser.text(By.id("live-flags"))).contains("Refer and pause", "Current flashbacks");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	@Test
	void answersTypedOfflineOrAfterTheSessionEndedAreKeptAndSentLater() throws Exception {
		this.browser.go("/clients/" + this.clientId + "/intake/edit");
		this.browser.type(By.id("goals"), "Breathe out fully");
		waitForSave();

		this.browser.driver().executeCdpCommand("Network.enable", java.util.Map.of());
		this.browser.driver().executeCdpCommand("Network.emulateNetworkConditions", java.util.Map.of("offline", true,
				"latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
		this.browser.type(By.id("goals"), "Typed while the wifi was down");
		this.browser.waitUntil(driver -> driver.findElement(By.id("autosave-problem")).isDisplayed());
		assertThat(this.browser.text(By.id("autosave-problem"))).startsWith("No connection.");

		this.browser.driver().executeCdpCommand("Network.emulateNetworkConditions", java.util.Map.of("offline", false,
				"latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
		waitForSave();
		assertThat(this.intakeService.workingCopy(this.clientId).getGoals()).isEqualTo("Typed while the wifi was down");

		this.jdbc.update("delete from spring_session where principal_name = ?", this.therapist);
		this.browser.type(By.id("goals"), "Typed after the session timed out");
		this.browser.waitUntil(driver -> driver.findElement(By.id("autosave-problem")).getText().startsWith("You have been signed out"));

		this.browser.signIn(this.therapist, Fixtures.PASSWORD);
		this.browser.go("/clients/" + this.clientId + "/intake/edit");
		waitForSave();
		assertThat(this.browser.find(By.id("goals")).getDomProperty("value")).isEqualTo("Typed after the session timed out");
		assertThat(this.intakeService.workingCopy(this.clientId).getGoals()).isEqualTo("Typed after the session timed out");
	}

	private org.openqa.selenium.WebElement region(String code) {
		return this.browser.find(By.cssSelector(".region[data-region='" + code + "']"));
	}

	private void waitForSave() {
		this.browser.waitUntil(driver -> driver.findElement(By.id("save-status")).getText().startsWith("Saved at"));
	}

}
