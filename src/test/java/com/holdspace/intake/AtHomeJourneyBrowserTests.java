package com.holdspace.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.holdspace.Browser;
import com.holdspace.Browser.Screen;
import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.staff.Role;

/**
 * A client on their phone at home, before the first visit: their own part of the intake in steps,
 * a disclosure that brings up the crisis lines and the promise of a call (never the hold), then the
 * treatment consent signed with a finger. Every button of the new pages is pressed once.
 */
@IntegrationTest
class AtHomeJourneyBrowserTests {

	private static final String NAME = "Noor Haddad";

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserDetailsService users;

	@Autowired
	IntakeService intakeService;

	@Autowired
	IntakeJson json;

	@Autowired
	JdbcTemplate jdbc;

	private Browser browser;

	private HoldspaceUser me;

	@BeforeEach
	void signInOnAPhone() throws Exception {
		String email = this.fixtures.clientWithLogin(NAME);
		this.me = (HoldspaceUser) this.users.loadUserByUsername(email);
		this.browser = Browser.open(this.port);
		this.browser.use(Screen.PHONE);
		this.browser.signIn(email, Fixtures.PASSWORD);
	}

	@AfterEach
	void closeBrowser() throws Exception {
		this.browser.close();
	}

	@Test
	void theClientFillsTheirIntakeDisclosesSeesTheLinesAndSignsTheConsent() throws Exception {
		this.browser.go("/me");
		assertThat(this.browser.text(By.id("tasks"))).contains("Fill in your intake", "Sign your consent");
		fitsThePhone("home-me-tasks-phone");
		this.browser.find(By.id("task-intake")).click();

		// the client's own steps, a screen each, Next to move on
		this.browser.waitFor(By.id("intake-form"));
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("Your intake, " + NAME);
		assertThat(this.browser.driver().findElements(By.cssSelector("[name=staffNotes], #live-flags, #conditions")))
			.isEmpty();
		this.browser.type(By.id("safetyConcerns"), "Loud noises startle me");
		waitForSave();
		fitsThePhone("home-intake-safety-phone");
		next("safety", "autonomy");
		this.browser.choose("pressure", "LIGHT");
		next("autonomy", "bodymap");
		region("CHEST").click();
		this.browser.waitUntil(driver -> region("CHEST").getDomAttribute("class").contains("state-CARE"));
		WebElement list = this.browser.find(By.cssSelector("#bodymap .bodymap-list summary"));
		this.browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", list);
		list.click();
		fitsThePhone("home-intake-bodymap-phone");
		next("bodymap", "frames");
		this.browser.type(By.id("stopSignal"), "Stop");
		// Back, then on again from the step bar
		press(By.cssSelector("#frames .step-buttons .step-back"));
		this.browser.waitUntil(driver -> "bodymap".equals(step()));
		this.browser.step("frames");
		next("frames", "education");
		this.browser.type(By.id("goals"), "Breathe more easily");
		waitForSave();

		// meanwhile the clinic saves the same draft: the phone says so, and the client keeps theirs
		int seen = this.jdbc.queryForObject("select version from intake_draft where client_id = ?", Integer.class,
				this.me.getClientId());
		var clinics = this.intakeService.workingCopy(this.me.getClientId());
		clinics.setGoals("Typed at the clinic");
		String therapist = this.fixtures.staffMember(Role.THERAPIST);
		this.intakeService.saveDraft(this.me.getClientId(), clinics, seen, false, false,
				this.fixtures.staffId(therapist), "Therapist");
		this.browser.type(By.id("goals"), "Breathe more easily, and sleep");
		WebElement keepMine = this.browser.find(By.cssSelector("#autosave-problem [data-keep-mine]"));
		fitsThePhone("home-intake-conflict-phone");
		keepMine.click();
		this.browser.waitUntil(driver -> "Breathe more easily, and sleep".equals(draft().getGoals()));
		waitForSave();
		next("education", "triggers");
		next("triggers", "screening");

		this.browser.choose("suicidalThoughts", "true");
		this.browser.waitUntil(driver -> driver.findElement(By.id("crisis")).isDisplayed());
		waitForSave();
		fitsThePhone("home-intake-screening-phone");
		next("screening", "medical");
		press(By.cssSelector("#medical .step-buttons button[type=submit]"));

		// at once: the lines to call, and that the clinic will call; never the hold or its reason
		this.browser.waitFor(By.id("crisis-lines"));
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("Thank you for telling us");
		assertThat(this.browser.text(By.id("clinic-will-call"))).contains("Someone from the clinic will call you");
		assertThat(this.browser.driver().findElements(By.cssSelector("#crisis-lines a[href^='tel:']"))).isNotEmpty();
		String said = this.browser.text(By.tagName("main")).toLowerCase();
		assertThat(said).doesNotContainPattern("\\bholds?\\b").doesNotContain("refer", "paus", "suicid");
		fitsThePhone("home-intake-thanks-disclosed-phone");
		this.browser.scrollTo(By.id("to-consent"));
		this.browser.screenshot("home-intake-thanks-next-phone");
		press(By.id("change-answers"));
		this.browser.waitFor(By.id("intake-form"));
		this.browser.driver().navigate().back();
		press(By.id("to-me"));
		this.browser.waitFor(By.id("tasks"));
		assertThat(this.browser.driver().findElements(By.id("task-intake"))).isEmpty();
		press(By.id("task-consent"));

		// the consent: nothing drawn is refused, a drawing cleared and drawn again is signed
		this.browser.waitFor(By.id("signature-pad"));
		this.browser.driver().executeScript("window.scrollTo(0, 0)");
		fitsThePhone("home-consent-phone");
		press(By.id("sign-consent"));
		assertThat(this.browser.text(By.id("signature-error"))).isEqualTo("Please sign in the box.");
		this.browser.choose("agreed", "true");
		this.browser.type(By.id("signerName"), NAME);
		draw();
		press(By.cssSelector("[data-signature-pad] [data-clear]"));
		assertThat(this.browser.driver().findElement(By.id("signature")).getDomProperty("value")).isEmpty();
		draw();
		assertThat(this.browser.driver().findElement(By.id("signature")).getDomProperty("value")).startsWith("[[[");
		fitsThePhone("home-consent-drawn-phone");
		press(By.id("sign-consent"));

		assertThat(this.browser.text(By.id("consent-signed"))).startsWith("You signed this consent on");
		fitsThePhone("home-consent-signed-phone");
		press(By.id("back-to-me"));
		this.browser.waitFor(By.id("plans"));
		assertThat(this.browser.driver().findElements(By.id("tasks"))).isEmpty();
		assertThat(this.browser.consoleProblems()).as("only the autosave's 409 when the clinic saved meanwhile")
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains("/me/intake/draft", "status of 409");

		long clientId = this.me.getClientId();
		// the answers, the client's own and attributed to them, as given at home
		var sitting = this.jdbc.queryForMap("""
				select at_home, handed_over_by, handed_over_by_name, finished_at is not null as finished
				from intake_self_fill where client_id = ?""", clientId);
		assertThat(sitting).containsEntry("at_home", true)
			.containsEntry("handed_over_by", this.me.getAccountId())
			.containsEntry("handed_over_by_name", NAME)
			.containsEntry("finished", true);
		IntakeForm own = stored("select answers from intake_self_fill where client_id = ?");
		assertThat(own.getSafetyConcerns()).isEqualTo("Loud noises startle me");
		assertThat(own.getGoals()).isEqualTo("Breathe more easily, and sleep");
		assertThat(own.getSuicidalThoughts()).isTrue();
		assertThat(own.getBodyMap().get(BodyRegion.CHEST).getState()).isEqualTo(RegionState.CARE);
		assertThat(draft().getGoals()).isEqualTo("Breathe more easily, and sleep");
		// the hold the tablet would raise, its reason told at home
		assertThat(this.jdbc.queryForList("""
				select h.kind || ' ' || r.answer || ' ' || r.source from clinical_hold h
				join clinical_hold_reason r on r.hold_id = h.id where h.client_id = ? and h.cleared_at is null""",
				String.class, clientId)).containsExactly("REFER_AND_PAUSE suicidalThoughts HOME");
		// the consent, signed remotely by the client to the current text
		assertThat(this.jdbc.queryForMap("""
				select method, signer_name, witness_id, signature_strokes is not null as drawn
				from signed_consent where client_id = ?""", clientId)).containsEntry("method", "SIGNED_REMOTELY")
			.containsEntry("signer_name", NAME)
			.containsEntry("witness_id", this.me.getAccountId())
			.containsEntry("drawn", true);
	}

	private void next(String from, String to) {
		press(By.cssSelector("#" + from + " .step-buttons .step-next"));
		this.browser.waitUntil(driver -> to.equals(step()));
	}

	private String step() {
		return this.browser.driver().findElement(By.cssSelector("[data-step-default]")).getDomAttribute("data-step");
	}

	private void press(By by) {
		WebElement button = this.browser.find(by);
		this.browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
		button.click();
	}

	private WebElement region(String code) {
		return this.browser.find(By.cssSelector(".region[data-region='" + code + "']"));
	}

	private void draw() {
		var pad = this.browser.find(By.id("signature-pad"));
		this.browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", pad);
		new Actions(this.browser.driver()).moveToElement(pad, -120, 10)
			.clickAndHold()
			.moveByOffset(30, -25)
			.moveByOffset(30, 35)
			.moveByOffset(30, -30)
			.moveByOffset(40, 20)
			.release()
			.moveToElement(pad, 60, -5)
			.clickAndHold()
			.moveByOffset(40, 20)
			.release()
			.perform();
	}

	private void fitsThePhone(String screenshot) throws Exception {
		assertThat(this.browser.sidewaysOverflow()).as(screenshot).isEmpty();
		assertThat(this.browser.smallTouchTargets()).as(screenshot).isEmpty();
		this.browser.screenshot(screenshot);
	}

	private void waitForSave() {
		this.browser.waitUntil(driver -> driver.findElement(By.id("save-status")).getText().startsWith("Saved at"));
	}

	private IntakeForm draft() {
		return stored("select answers from intake_draft where client_id = ?");
	}

	/** Answers as PostgreSQL holds them (encrypted at rest). */
	private IntakeForm stored(String query) {
		return this.jdbc.queryForList(query, String.class, this.me.getClientId())
			.stream()
			.findFirst()
			.map(cipherText -> this.json.read(new IntakeAnswersText().convertToEntityAttribute(cipherText)))
			.orElseGet(IntakeForm::new);
	}

}
