package com.holdspace.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.holdspace.Browser;
import com.holdspace.Browser.Screen;
import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.staff.Role;

/**
 * A therapist does the SAFE intake on a tablet in landscape, 1024 x 768, one step at a time: every
 * step on one screen, Back, Next and the step bar losing nothing, the summary step showing the flags
 * before completing; and the client fills in their own steps.
 */
@IntegrationTest
class IntakeJourneyBrowserTests {

	static final List<String> STAFF_STEPS = List.of("safety", "autonomy", "bodymap", "frames", "education",
			"triggers", "screening", "medical", "conditions", "regions", "summary");

	static final List<String> CLIENT_STEPS = STAFF_STEPS.subList(0, 8);

	/** Steps that take more than one 1024 x 768 screen, and so are only measured. */
	static final Set<String> LONGER_THAN_A_SCREEN = Set.of();

	/** The controls of the step on show, each of which must be in sight without scrolling. */
	static final String STEP_CONTROLS = ".intake [data-steps]:not([hidden]) :is(.choice, textarea, select, .button, "
			+ "input[type=text], input[type=date], .region[role=button], summary)";

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	IntakeService intakeService;

	@Autowired
	IntakeJson json;

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
	void theTherapistWalksEveryStepPressingEveryButtonAndCompletesFromTheSummary() throws Exception {
		this.browser.go("/clients/" + this.clientId);
		this.browser.find(By.linkText("Start intake")).click();

		// one tap: the first step, and nothing said about saving while nothing is typed
		this.browser.waitUntil(driver -> "safety".equals(step()));
		assertThat(this.browser.driver().getCurrentUrl()).endsWith("/clients/" + this.clientId + "/intake/edit");
		assertThat(this.browser.find(By.id("save-status")).getText()).isEmpty();
		assertThat(this.browser.text(By.cssSelector("#safety legend"))).isEqualTo("Step 1 of 11: Safety");
		assertThat(this.browser.find(By.cssSelector("#safety progress")).getDomAttribute("value")).isEqualTo("1");
		look("safety");
		this.browser.choose("emergencyContactsConfirmed", "true");
		this.browser.type(By.id("safetyConcerns"), "Dim light, please");
		this.browser.type(By.id("stopConditions"), "If my chest feels tight and I cannot breathe out");
		waitForSave();
		next();

		look("autonomy");
		assertThat(this.browser.text(By.cssSelector("#autonomy legend"))).isEqualTo("Step 2 of 11: Your choices");
		this.browser.choose("pressure", "MODERATE");
		this.browser.type(By.id("drapingPreferences"), "Keep my top on");
		this.browser.choose("therapistGender", "NO_PREFERENCE");
		this.browser.choose("wantsExperiencedTherapist", "true");
		next();

		look("bodymap");
		region("CHEST").click();
		region("ABDOMEN").click();
		region("ABDOMEN").click();
		region("NECK_FRONT").sendKeys(Keys.ENTER);
		assertThat(region("ABDOMEN").getDomAttribute("class")).contains("state-AVOID");
		assertThat(region("NECK_FRONT").getDomAttribute("aria-label")).isEqualTo("Throat and front of neck: With care");
		this.browser.find(By.cssSelector(".bodymap-list summary")).click();
		new Select(this.browser.find(By.id("region-LOWER_BACK"))).selectByValue("AVOID");
		this.browser.type(By.cssSelector("input[name='bodyMap[LOWER_BACK].note']"), "disc surgery in 2019");
		this.browser.find(By.cssSelector(".bodymap-list summary")).click();
		next();

		look("frames");
		this.browser.choose("stopSignalKind", "WORD");
		this.browser.type(By.id("startSignal"), "ready");
		this.browser.choose("checkInFrequency", "EACH_NEW_AREA");
		// a tick box: a second tap takes the tick away, and the box shows it
		WebElement explained = this.browser.find(By.cssSelector("input[name='sensationsExplained'][type=checkbox]"));
		assertThat(tickBox(explained)).isEqualTo("empty");
		this.browser.choose("sensationsExplained", "true");
		assertThat(tickBox(explained)).isEqualTo("ticked");
		this.browser.choose("sensationsExplained", "true");
		assertThat(tickBox(explained)).isEqualTo("empty");
		this.browser.choose("sensationsExplained", "true");
		assertThat(explained.isSelected()).isTrue();
		next();

		look("education");
		this.browser.type(By.id("goals"), "Fewer panic waves while driving");
		this.browser.choose("acknowledgesEmotionalResponses", "true");
		this.browser.choose("hopesForRelease", "true");
		this.browser.choose("hadReleaseBefore", "false");
		next();

		look("triggers");
		this.browser.type(By.id("triggersToAvoid"), "Shouting");
		this.browser.type(By.id("traumaOrInjuryAreas"), "Right shoulder");
		this.browser.type(By.id("sensitiveTopics"), "The collision");
		this.browser.type(By.id("stabilisingResources"), "Calling my sister");
		next();

		look("screening");
		for (String question : List.of("ptsd", "anxietyDisorder", "depression", "severeTrauma", "flashbacks",
				"severeDissociation")) {
			this.browser.choose(question, "false");
		}
		this.browser.type(By.id("providerName"), "Dr Ana Ruiz");
		this.browser.type(By.id("providerContact"), "020 7946 0000");
		this.browser.choose("suicidalThoughts", "true");
		// a disclosure shows at once, on whichever step the therapist is
		this.browser.waitUntil(driver -> !driver.findElements(By.cssSelector("#live-flags .flag-urgent")).isEmpty());
		assertThat(this.browser.text(By.cssSelector("#live-flags .flag-urgent"))).contains("Refer and pause",
				"Thoughts of ending their life");
		// the server's own banner (intake/flags), fetched and swapped in: "Raised by" and each reason in a span
		assertThat(this.browser.driver().findElements(By.cssSelector("#live-flags .flag-urgent .flag-reasons > span")))
			.hasSizeGreaterThan(1);
		next();

		look("medical");
		for (String question : List.of("substanceUseToday", "recentSurgery", "pregnant")) {
			this.browser.choose(question, "false");
		}
		this.browser.type(By.id("medicalConditions"), "Asthma");
		this.browser.type(By.id("medications"), "Inhaler");
		this.browser.type(By.id("anythingElse"), "I may cry, that is fine");
		next();

		look("conditions");
		this.browser.choose("uncontrolledSymptoms", "false");
		this.browser.choose("contraindicatingCondition", "NO");
		next();

		look("regions");
		WebElement calf = this.browser.find(By.cssSelector("input[name='contraindicatedRegions'][value='CALF_LEFT']"));
		this.browser.choose("contraindicatedRegions", "CALF_LEFT");
		assertThat(tickBox(calf)).isEqualTo("ticked");
		this.browser.choose("contraindicatedRegions", "CALF_LEFT");
		assertThat(tickBox(calf)).isEqualTo("empty");
		next();

		// the summary: the flags the answers raise and what is still missing, before completing
		// drawn again by the server once the last answers are saved: only the stop signal is left
		this.browser.waitUntil(driver -> driver.findElements(By.cssSelector("#intake-check .missing > li")).size() == 1);
		look("summary");
		assertThat(this.browser.text(By.cssSelector("#intake-check .missing"))).contains("Signals", "Your stop signal");
		assertThat(this.browser.text(By.id("intake-check"))).contains("Refer and pause", "Thoughts of ending their life",
				"Extended session suggested", "Signals", "Please agree on one stop signal.");
		this.browser.type(By.id("staffNotes"), "Startles at sudden sounds");

		// every tab of the step bar, then Back and Next
		for (String each : STAFF_STEPS) {
			this.browser.step(each);
			assertThat(this.browser.driver().getCurrentUrl()).endsWith("#" + each);
		}
		back();
		assertThat(step()).isEqualTo("regions");
		next();
		assertThat(step()).isEqualTo("summary");

		// completing goes through the server's checks: the step with the answer, its message, nothing lost
		complete();
		this.browser.waitUntil(driver -> "frames".equals(step()));
		assertThat(this.browser.text(By.cssSelector(".error-summary h2"))).contains("Some answers need another look");
		assertThat(this.browser.text(By.id("stopSignal-error"))).isEqualTo("Please agree on one stop signal.");
		assertThat(this.browser.find(By.id("startSignal")).getDomProperty("value")).isEqualTo("ready");
		assertThat(this.browser.driver().findElement(By.id("stopConditions")).getDomProperty("value"))
			.startsWith("If my chest");
		assertThat(this.browser.driver().findElement(By.id("staffNotes")).getDomProperty("value"))
			.isEqualTo("Startles at sudden sounds");
		// the answer to fix and its message are in sight, whatever else the step has to show with them
		assertThat(this.browser.belowTheFirstScreen("#stopSignal, #stopSignal-error")).isEmpty();
		look("frames-with-an-error", false);
		this.browser.type(By.id("stopSignal"), "pineapple");
		this.browser.step("summary");
		this.browser.waitUntil(
				driver -> this.browser.text(By.id("intake-check")).contains("Every answer that completing needs is given."));
		complete();

		assertThat(this.browser.text(By.cssSelector("[role=status]"))).isEqualTo("Intake completed and saved as a new version.");
		assertThat(this.browser.text(By.cssSelector(".subtitle"))).startsWith("Version 1, completed by Test therapist");
		assertThat(this.jdbc.queryForMap("select number, completed_by from intake_version where client_id = ?",
				this.clientId))
			.containsEntry("number", 1)
			.containsEntry("completed_by", this.fixtures.staffId(this.therapist));
		var saved = stored("select answers from intake_version where client_id = ?");
		assertThat(saved.getEmergencyContactsConfirmed()).isTrue();
		assertThat(saved.getSafetyConcerns()).isEqualTo("Dim light, please");
		assertThat(saved.getPressure()).isEqualTo(Pressure.MODERATE);
		assertThat(saved.getDrapingPreferences()).isEqualTo("Keep my top on");
		assertThat(saved.getBodyMap().get(BodyRegion.CHEST).getState()).isEqualTo(RegionState.CARE);
		assertThat(saved.getBodyMap().get(BodyRegion.ABDOMEN).getState()).isEqualTo(RegionState.AVOID);
		assertThat(saved.getBodyMap().get(BodyRegion.LOWER_BACK).getNote()).isEqualTo("disc surgery in 2019");
		assertThat(saved.getStopSignal()).isEqualTo("pineapple");
		assertThat(saved.getSensationsExplained()).isTrue();
		assertThat(saved.getStabilisingResources()).isEqualTo("Calling my sister");
		assertThat(saved.getProviderContact()).isEqualTo("020 7946 0000");
		assertThat(saved.getSuicidalThoughts()).isTrue();
		assertThat(saved.getAnythingElse()).isEqualTo("I may cry, that is fine");
		assertThat(saved.getContraindicatingCondition()).isEqualTo(Contraindication.NO);
		assertThat(saved.getContraindicatedRegions()).isEmpty();
		assertThat(saved.getStaffNotes()).isEqualTo("Startles at sudden sounds");
		assertThat(this.jdbc.queryForList("select kind from clinical_hold where client_id = ? and cleared_at is null",
				String.class, this.clientId)).contains("REFER_AND_PAUSE");

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
	void goingBackAndForthBetweenStepsAndReloadingLosesNothing() throws Exception {
		this.browser.go("/clients/" + this.clientId + "/intake/edit");
		this.browser.type(By.id("stopConditions"), "If I feel dizzy");
		// on to the next step at once, before the autosave's pause is over: moving on saves it
		next();
		this.browser.waitUntil(driver -> "If I feel dizzy".equals(draft().getStopConditions()));
		this.browser.choose("pressure", "FIRM");
		back();
		assertThat(this.browser.find(By.id("stopConditions")).getDomProperty("value")).isEqualTo("If I feel dizzy");
		this.browser.waitUntil(driver -> draft().getPressure() == Pressure.FIRM);

		this.browser.step("bodymap");
		region("SOLES").click();
		this.browser.step("frames");
		this.browser.type(By.id("stopSignal"), "pineapple");
		this.browser.reload();

		// the same step, the same answers
		this.browser.waitUntil(driver -> "frames".equals(step()));
		assertThat(this.browser.find(By.id("stopSignal")).getDomProperty("value")).isEqualTo("pineapple");
		waitForSave();
		assertThat(draft().getStopSignal()).isEqualTo("pineapple");
		assertThat(draft().getBodyMap().get(BodyRegion.SOLES).getState()).isEqualTo(RegionState.CARE);
		back();
		back();
		assertThat(step()).isEqualTo("autonomy");
		assertThat(this.browser.find(By.cssSelector("input[name=pressure][value=FIRM]")).isSelected()).isTrue();
		this.browser.step("bodymap");
		assertThat(region("SOLES").getDomAttribute("class")).contains("state-CARE");
		this.browser.step("safety");
		assertThat(this.browser.find(By.id("stopConditions")).getDomProperty("value")).isEqualTo("If I feel dizzy");

		// opened again from the client page: where it was left
		this.browser.step("triggers");
		this.browser.go("/clients/" + this.clientId);
		this.browser.find(By.linkText("Continue intake")).click();
		this.browser.waitUntil(driver -> "triggers".equals(step()));
		assertThat(this.browser.text(By.id("save-status"))).startsWith("Saved at");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	@Test
	void theSummaryShowsTheFlagsADisclosureRaisesBeforeAnythingIsCompleted() throws Exception {
		this.browser.go("/clients/" + this.clientId + "/intake/edit#screening");
		this.browser.waitUntil(driver -> "screening".equals(step()));
		this.browser.choose("suicidalThoughts", "true");
		this.browser.step("conditions");
		this.browser.choose("contraindicatingCondition", "YES");
		this.browser.type(By.id("contraindicationDetail"), "Deep vein thrombosis");
		this.browser.step("regions");
		this.browser.choose("contraindicatedRegions", "CALF_LEFT");
		this.browser.step("summary");

		this.browser.waitUntil(driver -> this.browser.text(By.id("intake-check")).contains("A medical condition rules out"));
		assertThat(this.browser.text(By.cssSelector("#intake-check .flag-REFER_AND_PAUSE"))).contains("Refer and pause",
				"Thoughts of ending their life");
		assertThat(this.browser.text(By.cssSelector("#intake-check .flag-CONTRAINDICATION")))
			.contains("Contraindicating condition (Deep vein thrombosis)");
		assertThat(this.browser.find(By.cssSelector("#intake-check .flag-REFER_AND_PAUSE")).getDomAttribute("role"))
			.isEqualTo("alert");
		// the live box above the steps says the same, so on the summary it gives way
		assertThat(this.browser.find(By.id("intake-check")).isDisplayed()).isTrue();
		assertThat(this.browser.driver().findElement(By.id("live-flags")).isDisplayed()).isFalse();
		// nothing is held or completed until the therapist completes
		assertThat(this.jdbc.queryForObject("select count(*) from intake_version where client_id = ?", Integer.class,
				this.clientId)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from clinical_hold where client_id = ?", Integer.class,
				this.clientId)).isZero();
		// what is missing leads to its step and question
		this.browser.find(By.cssSelector("#intake-check a[href='#stopSignal']")).click();
		this.browser.waitUntil(driver -> "frames".equals(step()));
		assertThat(this.browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("stopSignal");
		this.browser.step("summary");
		this.browser.screenshot("intake-step-summary-with-flags-tablet-landscape");
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	@Test
	void theClientFillsTheirStepsAndSeesSupportContactsTheMomentTheyDisclose() throws Exception {
		this.browser.go("/clients/" + this.clientId + "/intake/edit");
		this.browser.find(By.cssSelector(".hand-over button")).click();
		// the client's own page has no staff navigation: wait for it, not for the page being left
		this.browser.waitUntil(driver -> driver.findElements(By.cssSelector(".mainnav")).isEmpty());

		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("Your intake, Elif Aydın");
		assertThat(this.browser.driver().findElements(By.cssSelector(".mainnav, #live-flags, [name=staffNotes], #summary")))
			.isEmpty();
		assertThat(this.browser.text(By.cssSelector("#safety legend"))).isEqualTo("Step 1 of 8: Safety");
		assertThat(this.browser.driver().findElement(By.id("crisis")).isDisplayed()).isFalse();

		// a client may fill this in on their phone: each step fits its width and every target a finger
		this.browser.use(Screen.PHONE);
		for (String each : CLIENT_STEPS) {
			this.browser.step(each);
			assertThat(this.browser.sidewaysOverflow()).as(each).isEmpty();
			assertThat(this.browser.smallTouchTargets()).as(each).isEmpty();
			this.browser.screenshot("intake-client-step-" + each + "-phone");
		}

		this.browser.use(Screen.TABLET_PORTRAIT);
		this.browser.step("screening");
		this.browser.choose("flashbacks", "true");

		this.browser.waitUntil(driver -> driver.findElement(By.id("crisis")).isDisplayed());
		assertThat(this.browser.text(By.id("crisis"))).contains("You are not alone", "Samaritans");
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		this.browser.screenshot("intake-client-mode-tablet-portrait");
		waitForSave();

		this.browser.step("medical");
		this.browser.find(By.cssSelector("#medical .step-buttons button.button-primary")).click();
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("Thank you");
		this.browser.find(By.linkText("Unlock")).click();
		this.browser.type(By.id("password"), Fixtures.PASSWORD);
		this.browser.find(By.cssSelector("form button[type=submit]")).click();

		this.browser.waitFor(By.id("live-flags"));
		assertThat(this.browser.text(By.id("live-flags"))).contains("Refer and pause", "Current flashbacks");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	@Test
	void withoutScriptEveryStepShowsOnOneLongPageWithItsCompleteButton() throws Exception {
		this.browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		this.browser.go("/clients/" + this.clientId + "/intake/edit");

		for (String each : STAFF_STEPS) {
			assertThat(this.browser.driver().findElement(By.id(each)).isDisplayed()).as(each).isTrue();
		}
		assertThat(this.browser.text(By.cssSelector("#frames legend"))).isEqualTo("Signals and check-ins");
		assertThat(this.browser.driver().findElements(By.cssSelector(".step-progress, .step-move"))).noneMatch(WebElement::isDisplayed);
		assertThat(this.browser.driver().findElement(By.cssSelector("#summary button.button-primary")).isDisplayed()).isTrue();
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		this.browser.screenshot("intake-without-script-tablet-landscape");
	}

	@Test
	void answersTypedOfflineOrAfterTheSessionEndedAreKeptAndSentLater() throws Exception {
		this.browser.go("/clients/" + this.clientId + "/intake/edit#education");
		this.browser.type(By.id("goals"), "Breathe out fully");
		waitForSave();

		this.browser.driver().executeCdpCommand("Network.enable", Map.of());
		this.browser.driver().executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", true,
				"latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
		this.browser.type(By.id("goals"), "Typed while the wifi was down");
		this.browser.waitUntil(driver -> driver.findElement(By.id("autosave-problem")).isDisplayed());
		assertThat(this.browser.text(By.id("autosave-problem"))).startsWith("No connection.");

		this.browser.driver().executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false,
				"latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
		waitForSave();
		assertThat(this.intakeService.workingCopy(this.clientId).getGoals()).isEqualTo("Typed while the wifi was down");

		this.jdbc.update("delete from spring_session where principal_name = ?", this.therapist);
		this.browser.type(By.id("goals"), "Typed after the session timed out");
		this.browser.waitUntil(driver -> driver.findElement(By.id("autosave-problem")).getText().startsWith("You have been signed out"));

		this.browser.signIn(this.therapist, Fixtures.PASSWORD);
		this.browser.go("/clients/" + this.clientId + "/intake/edit#education");
		waitForSave();
		assertThat(this.browser.find(By.id("goals")).getDomProperty("value")).isEqualTo("Typed after the session timed out");
		assertThat(this.intakeService.workingCopy(this.clientId).getGoals()).isEqualTo("Typed after the session timed out");
	}

	/**
	 * Looks at the step on show as the therapist's tablet shows it, in landscape and in portrait: no
	 * sideways scrolling, no target too small for a finger, nothing logged, and how many screens it
	 * takes (printed; at most one in landscape with every control in sight, where it must fit).
	 */
	private void look(String name) throws IOException {
		look(name, !LONGER_THAN_A_SCREEN.contains(step()));
	}

	private void look(String name, boolean mustFit) throws IOException {
		this.browser.use(Screen.TABLET_LANDSCAPE);
		double landscape = screens();
		double used = used();
		assertThat(this.browser.sidewaysOverflow()).as(name).isEmpty();
		assertThat(this.browser.smallTouchTargets()).as(name).isEmpty();
		if (mustFit) {
			assertThat(this.browser.belowTheFirstScreen(STEP_CONTROLS)).as(name).isEmpty();
			assertThat(landscape).as(name + ": screens at 1024 x 768").isLessThanOrEqualTo(1.0);
		}
		this.browser.screenshot("intake-step-" + name + "-tablet-landscape");
		this.browser.use(Screen.TABLET_PORTRAIT);
		double portrait = screens();
		double usedPortrait = used();
		assertThat(this.browser.sidewaysOverflow()).as(name).isEmpty();
		assertThat(this.browser.smallTouchTargets()).as(name).isEmpty();
		this.browser.screenshot("intake-step-" + name + "-tablet-portrait");
		this.browser.use(Screen.TABLET_LANDSCAPE);
		System.out.printf("Intake step %-22s %.2f screens at 1024x768 (the step ends at %.2f), %.2f at 768x1024 (ends at %.2f)%n",
				name, landscape, used, portrait, usedPortrait);
		assertThat(this.browser.consoleProblems()).as(name).isEmpty();
	}

	private double screens() {
		return ((Number) this.browser.driver()
			.executeScript("window.scrollTo(0, 0); return document.documentElement.scrollHeight / window.innerHeight"))
			.doubleValue();
	}

	/** Where the step's card ends, in screens: how much of the page it uses. */
	private double used() {
		return ((Number) this.browser.driver()
			.executeScript("window.scrollTo(0, 0); const card = document.querySelector('[data-steps]:not([hidden]).intake-step');"
					+ " return card.getBoundingClientRect().bottom / window.innerHeight"))
			.doubleValue();
	}

	private String step() {
		return this.browser.driver().findElement(By.cssSelector("[data-step-default]")).getDomAttribute("data-step");
	}

	private void next() {
		move(".step-next");
	}

	private void back() {
		move(".step-back");
	}

	private void move(String button) {
		String from = step();
		WebElement link = this.browser.find(By.cssSelector("[data-steps]:not([hidden]) " + button));
		this.browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
		link.click();
		this.browser.waitUntil(driver -> !from.equals(step()));
	}

	private void complete() {
		WebElement button = this.browser.find(By.cssSelector("#summary .step-buttons button.button-primary"));
		this.browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
		button.click();
	}

	/** How a tick box looks: "ticked" (filled, with its tick drawn) or "empty" (white, no tick). */
	private String tickBox(WebElement box) {
		return (String) this.browser.driver().executeScript("""
				const box = getComputedStyle(arguments[0]);
				const tick = getComputedStyle(arguments[0], '::before');
				const drawn = tick.transform !== 'none' && !tick.transform.startsWith('matrix(0, 0, 0, 0');
				if (box.appearance !== 'none' || parseFloat(box.width) < 20 || box.borderTopStyle !== 'solid') { return 'not a box'; }
				return box.backgroundColor === 'rgb(255, 255, 255)' && !drawn ? 'empty'
				  : box.backgroundColor !== 'rgb(255, 255, 255)' && drawn ? 'ticked' : 'unclear';
				""", box);
	}

	private WebElement region(String code) {
		return this.browser.find(By.cssSelector(".region[data-region='" + code + "']"));
	}

	private IntakeForm draft() {
		return stored("select answers from intake_draft where client_id = ?");
	}

	/** Answers as PostgreSQL holds them (encrypted at rest); a blank intake while there is no row yet. */
	private IntakeForm stored(String query) {
		return this.jdbc.queryForList(query, String.class, this.clientId)
			.stream()
			.findFirst()
			.map(cipherText -> this.json.read(new IntakeAnswersText().convertToEntityAttribute(cipherText)))
			.orElseGet(IntakeForm::new);
	}

	private void waitForSave() {
		this.browser.waitUntil(driver -> driver.findElement(By.id("save-status")).getText().startsWith("Saved at"));
	}

}
