package com.holdspace.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.holdspace.Browser;
import com.holdspace.Browser.Screen;
import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;

/**
 * The session room on a tablet at 1024x768: every tap on the page is pressed once and checked in
 * PostgreSQL, the safety rules answer on the page, and a whole session from check-in to an
 * aftercare plan handed over stays within 35 taps, with nothing typed lost at signing.
 */
@IntegrationTest
class SessionRoomBrowserTests {

	private static final int TAP_BUDGET = 35;

	@LocalServerPort
	int port;

	@Autowired
	SessionFixtures sessions;

	@Autowired
	JdbcTemplate jdbc;

	private Browser browser;

	private SessionFixtures.Setting setting;

	private int taps;

	private int checkIns;

	@BeforeEach
	void aSessionOnTheDay() throws Exception {
		this.setting = this.sessions.readyClientBooked();
		this.sessions.onTheDay(this.setting);
		this.browser = Browser.open(this.port);
		this.browser.use(Screen.TABLET_LANDSCAPE);
		this.browser.signIn(this.setting.therapistLogin(), Fixtures.PASSWORD);
		this.browser.go("/bookings/" + this.setting.bookingId());
		this.browser.find(By.id("start-session")).click();
		this.browser.waitFor(By.id("checkin-form"));
	}

	@AfterEach
	void closeBrowser() throws Exception {
		this.browser.close();
	}

	@Test
	void everyTapOnTheSessionPageIsSavedAndTheSafetyRulesAnswerOnThePage() throws Exception {
		checkIn();

		List<WebElement> events = this.browser.driver().findElements(By.cssSelector("button[name=event]"));
		assertThat(events).hasSize(ReleaseEvent.values().length);
		for (int i = 0; i < ReleaseEvent.values().length; i++) {
			ReleaseEvent event = ReleaseEvent.values()[i];
			tap(By.cssSelector("button[name=event][value=" + event + "]"));
			waitForEntries(i + 1);
		}
		assertThat(safetyNow()).contains("Ground the client");
		int logged = ReleaseEvent.values().length;
		for (TherapistAction action : TherapistAction.values()) {
			if (action == TherapistAction.ASKED_WHETHER_TO_CONTINUE) {
				continue;
			}
			tap(By.cssSelector("button[name=action][value=" + action + "]"));
			waitForEntries(++logged);
		}
		tap(By.cssSelector("button[name=answer][value=GO_ON]"));
		waitForEntries(++logged);
		assertThat(safetyNow()).isEmpty();
		tap(By.cssSelector("button[name=answer][value=GO_ON_GENTLER]"));
		waitForEntries(++logged);
		assertThat(safetyNow()).contains("Going on more gently");

		tap(By.cssSelector(".bodymap-session [data-region='UPPER_BACK']"));
		block("SWEDISH", "FIRM", "5");
		this.browser.waitUntil(driver -> !this.browser.find(By.id("log-problem")).getText().isBlank());
		assertThat(this.browser.text(By.id("log-problem"))).contains("asked to go on more gently");
		block("SWEDISH", "LIGHT", "5");
		waitForEntries(++logged);

		this.browser.type(By.id("words-text"), "Warmth spreading across my back");
		tap(By.xpath("//textarea[@id='words-text']/ancestor::form//button[@type='submit']"));
		waitForEntries(++logged);
		this.browser.type(By.id("pause-why"), "She asked for a moment");
		tap(By.xpath("//textarea[@id='pause-why']/ancestor::form//button[@type='submit']"));
		waitForEntries(++logged);

		new Select(this.browser.find(By.id("withdraw-region"))).selectByValue("LOWER_BACK");
		tap(By.xpath("//select[@id='withdraw-region']/ancestor::form//button[@type='submit']"));
		this.browser.waitFor(By.id("returned-form"));
		logged++;
		this.browser.type(By.id("returned-words"), "The lower back is fine again");
		tap(By.xpath("//form[@id='returned-form']//button[@type='submit']"));
		this.browser.waitUntil(driver -> driver.findElements(By.id("returned-form")).isEmpty());
		logged++;

		// a mis-tap further back is struck out from the whole log, on the end step
		this.browser.step("end");
		WebElement crying = this.browser.find(By.xpath("//li[@data-kind='EVENT'][.//span[@class='entry-text'][normalize-space(.)='Crying']]"));
		tapElement(crying.findElement(By.cssSelector(".entry-undo button")));
		this.browser.waitUntil(driver -> !driver.findElements(By.cssSelector("li.entry-struck")).isEmpty());
		assertThat(this.browser.driver().findElements(By.xpath(
				"//li[@data-kind='EVENT'][.//span[@class='entry-text'][normalize-space(.)='Stop signal used']]//form[contains(@class,'entry-undo')]")))
			.as("the stop signal cannot be struck out").isEmpty();
		this.browser.step("during");

		tap(By.cssSelector("button[name=answer][value=END_HERE]"));
		waitForEntries(++logged);
		assertThat(safetyNow()).contains("no more touch this session");
		tap(By.cssSelector(".bodymap-session [data-region='UPPER_BACK']"));
		block("SWEDISH", "LIGHT", "5");
		this.browser.waitUntil(driver -> this.browser.find(By.id("touch-form")).getDomAttribute("data-sending") == null);
		// the bar already says the client asked to end here: the refusal is not said a second time
		assertThat(safetyNow()).containsOnlyOnce("no more touch this session");
		assertThat(this.browser.driver().findElement(By.id("log-problem")).isDisplayed()).isFalse();

		Map<String, Object> saved = this.jdbc.queryForMap("""
				select count(*) filter (where kind = 'EVENT') as events,
				       count(distinct event) filter (where kind = 'EVENT') as kinds_of_event,
				       count(distinct action) filter (where kind = 'RESPONSE') as actions,
				       count(distinct answer) as answers,
				       count(*) filter (where kind = 'TOUCH') as touch,
				       count(*) filter (where kind = 'WORDS') as words,
				       count(*) filter (where kind = 'PAUSE') as pauses,
				       count(*) filter (where kind = 'WITHDRAWAL') as withdrawals,
				       count(*) filter (where kind = 'RETURNED') as returned,
				       count(*) filter (where kind = 'STRUCK') as struck
				from session_entry e join session_record r on r.id = e.session_id where r.booking_id = ?""",
				this.setting.bookingId());
		assertThat(saved).containsEntry("events", (long) ReleaseEvent.values().length)
			.containsEntry("kinds_of_event", (long) ReleaseEvent.values().length)
			.containsEntry("actions", (long) TherapistAction.values().length)
			.containsEntry("answers", 3L)
			.containsEntry("touch", 1L)
			.containsEntry("words", 1L)
			.containsEntry("pauses", 1L)
			.containsEntry("withdrawals", 1L)
			.containsEntry("returned", 1L)
			.containsEntry("struck", 1L);
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		this.browser.screenshot("session-room-every-tap-tablet-landscape");
		// the two refused blocks answer 422, as they should; nothing else goes wrong
		assertThat(this.browser.consoleProblems())
			.filteredOn(problem -> !(problem.contains("/entries/TOUCH") && problem.contains("422")))
			.isEmpty();
	}

	@Test
	void aWholeSessionToAHandedOverPlanTakesAtMost35TapsAndTheTypedPlanSurvivesAReload() throws Exception {
		assertThat(this.browser.belowTheFirstScreen("#checkin-form button, #checkin-form .choice"))
			.as("the check-in on one tablet screen").isEmpty();
		checkIn();
		for (Screen screen : new Screen[] { Screen.TABLET_PORTRAIT, Screen.TABLET_LANDSCAPE }) {
			this.browser.use(screen);
			this.browser.driver().executeScript("window.scrollTo(0, 0)");
			this.browser.screenshot("session-step-during-" + screen.name().toLowerCase().replace('_', '-'));
		}
		// the session step: the safety bar, the board, every tap and the block's choices on one screen
		assertThat(this.browser.belowTheFirstScreen("#session-bar, #log .room button, #log .room .choice"))
			.as("the session step on one tablet screen").isEmpty();

		tap(By.cssSelector(".bodymap-session [data-region='UPPER_BACK']"));
		block("MYOFASCIAL_RELEASE", "LIGHT", "10");
		waitForEntries(1);
		tap(By.cssSelector(".bodymap-session [data-region='SHOULDER_LEFT']"));
		block("CRANIOSACRAL", "LIGHT", "10");
		waitForEntries(2);
		tap(By.cssSelector("button[name=event][value=CRYING]"));
		waitForEntries(3);
		tap(By.cssSelector("button[name=action][value=PAUSED]"));
		waitForEntries(4);

		stepTo("end");
		this.browser.screenshot("session-step-end-tablet-landscape");
		assertThat(this.browser.belowTheFirstScreen("#notes-form button, #notes-form .choice, #notes-form textarea, #recommendations summary"))
			.as("the end step on one tablet screen").isEmpty();
		choose("groundingDone", "true");
		typeIn(By.id("grounding"), "Feet on the floor, three slow breaths");
		scale("tensionAfter", "3");
		typeIn(By.id("subjective"), "Tightness across the shoulders, easing");
		typeIn(By.id("objective"), "Tears at the left shoulder; breath slowed after the pause");
		typeIn(By.id("assessment"), "A release held well with a pause");
		typeIn(By.id("plan"), "Weekly; gentle work again");
		this.browser.waitUntil(driver -> this.browser.text(By.id("save-status")).startsWith("Saved at"));
		choose("confirmSign", "true");
		tap(By.id("sign"));
		// signing opens the aftercare step: the plan is its own screen, under no button that reloads the page
		this.browser.waitFor(By.id("aftercare-form"));
		assertThat(this.browser.text(By.cssSelector("[role=status].flash"))).isEqualTo("Signed and locked.");
		assertThat(this.browser.find(By.cssSelector("[data-step-to='aftercare']")).getDomAttribute("aria-current")).isEqualTo("step");
		assertThat(this.browser.driver().findElement(By.id("record")).isDisplayed()).isFalse();
		List<WebElement> items = this.browser.driver().findElements(By.cssSelector("#aftercare-form input[name=itemIds]"));
		for (int i = 0; i < 3; i++) {
			tapElement(items.get(i).findElement(By.xpath("./ancestor::label")));
		}
		typeIn(By.id("plan-notes"), "Rest this evening and drink water; journal what came up");
		this.browser.waitUntil(driver -> this.browser.text(By.id("aftercare-save-status")).startsWith("Saved at"));
		this.browser.screenshot("session-aftercare-step-tablet-landscape");
		this.browser.reload();
		assertThat(this.browser.find(By.id("plan-notes")).getDomProperty("value"))
			.isEqualTo("Rest this evening and drink water; journal what came up");
		assertThat(this.browser.driver().findElements(By.cssSelector("#aftercare-form input[name=itemIds]:checked")))
			.hasSize(3);
		tap(By.id("save-plan"));
		this.browser.waitUntil(driver -> this.browser.text(By.cssSelector("[role=status].flash")).equals("Aftercare plan saved."));
		assertThat(this.jdbc.queryForObject("""
				select count(*) from aftercare_plan_item i join aftercare_plan p on p.id = i.plan_id
				join session_record r on r.id = p.session_id
				where r.booking_id = ? and p.handed_over_at is null""", Integer.class, this.setting.bookingId()))
			.as("saved, not yet handed over").isEqualTo(3);
		tap(By.id("hand-over"));

		this.browser.waitFor(By.id("handed-over"));
		assertThat(this.jdbc.queryForObject("""
				select count(*) from aftercare_plan_item i join aftercare_plan p on p.id = i.plan_id
				join session_record r on r.id = p.session_id
				where r.booking_id = ? and p.handed_over_at is not null""", Integer.class, this.setting.bookingId()))
			.isEqualTo(3);
		assertThat(this.taps).as("taps from check-in to hand-over").isLessThanOrEqualTo(TAP_BUDGET);
		System.out.println("Session to a handed-over plan: " + this.taps + " taps");
	}

	private void checkIn() throws Exception {
		this.browser.screenshot("session-step-check-in-" + (this.checkIns++ == 0 ? "tablet-landscape" : "again"));
		tap(By.id("reconfirm-consent"));
		this.browser.waitUntil(driver -> this.browser.text(By.id("consent-reconfirmed")).startsWith("Consent"));
		scale("tensionBefore", "7");
		typeIn(By.id("arrival"), "Tight shoulders after a long drive");
		choose("alcoholOrDrugsToday", "false");
		choose("newFlashbacks", "false");
		choose("harmThoughts", "false");
		choose("hadWater", "true");
		choose("breathingOffered", "true");
		tap(By.id("check-in-done"));
		this.browser.waitFor(By.cssSelector("form.log-touch"));
	}

	/** The block's choices stay from the one before: a finger taps only what changes. */
	private void block(String technique, String pressure, String minutes) {
		chooseUnlessChosen("technique", technique);
		chooseUnlessChosen("pressure", pressure);
		chooseUnlessChosen("minutes", minutes);
		tap(By.cssSelector("form.log-touch button[type=submit]"));
	}

	private void chooseUnlessChosen(String name, String value) {
		if (this.browser.driver().findElements(By.cssSelector("input[name=" + name + "][value='" + value + "']:checked")).isEmpty()) {
			choose(name, value);
		}
	}

	private void stepTo(String step) {
		this.browser.step(step);
		this.taps++;
	}

	private void choose(String name, String value) {
		this.browser.choose(name, value);
		this.taps++;
	}

	/** A field is one tap to focus, then the keyboard. */
	private void typeIn(By field, String text) {
		this.browser.type(field, text);
		this.taps++;
	}

	private void scale(String name, String value) {
		tapElement(this.browser.driver()
			.findElement(By.xpath("//input[@name='" + name + "'][@value='" + value + "']/parent::label")));
	}

	private void tap(By control) {
		tapElement(this.browser.find(control));
	}

	/** A finger on a control in the middle of the screen, clear of the sticky bars. */
	private void tapElement(WebElement element) {
		this.browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
		this.taps++;
	}

	/** What the page asks before the next block of touch; empty (and so out of sight) when nothing. */
	private String safetyNow() {
		return this.browser.driver().findElement(By.id("safety-now")).getText();
	}

	private void waitForEntries(int count) {
		this.browser.waitUntil(driver -> driver.findElements(By.cssSelector("#timeline li.entry")).size() == count);
	}

}
