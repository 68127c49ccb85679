package com.holdspace.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

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
import com.holdspace.TestClock;
import com.holdspace.consent.ConsentFixtures;
import com.holdspace.staff.Role;

/**
 * The intake pages' buttons and forms that no other browser test presses through to what they
 * save, each pressed on a tablet in landscape and read back from PostgreSQL: handing the tablet to
 * the client and the client's "I have finished", "Keep my answers" after another device saved, the
 * body map's list of areas, and the clearance of a consult-provider hold and of a no-deep-work hold.
 * Completing the intake and the body map's picture are pressed in IntakeJourneyBrowserTests, the
 * referral and the licensed clearance of a refer-and-pause hold in ReferralJourneyBrowserTests.
 */
@IntegrationTest
class IntakeEveryButtonBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ConsentFixtures consents;

	@Autowired
	IntakeService intakeService;

	@Autowired
	ClinicalHolds holds;

	@Autowired
	IntakeJson json;

	@Autowired
	JdbcTemplate jdbc;

	private Browser browser;

	private long clientId;

	private String therapist;

	@BeforeEach
	void openBrowser() throws Exception {
		this.clientId = this.fixtures.client("Nadia Haddad");
		this.therapist = this.fixtures.staffMember(Role.THERAPIST);
		this.browser = Browser.open(this.port);
		this.browser.use(Screen.TABLET_LANDSCAPE);
		this.browser.signIn(this.therapist, Fixtures.PASSWORD);
	}

	@AfterEach
	void closeBrowser() throws Exception {
		this.browser.close();
	}

	@Test
	void handingTheTabletOverOpensASittingAndIHaveFinishedSavesWhatTheClientTyped() throws Exception {
		this.browser.go("/clients/" + this.clientId + "/intake/edit");
		this.browser.find(By.cssSelector("form[action$='/intake/self-fill/start'] button")).click();
		// the client's own page has no staff navigation
		this.browser.waitUntil(driver -> driver.findElements(By.cssSelector(".mainnav")).isEmpty());
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("Your intake, Nadia Haddad");
		assertThat(this.jdbc.queryForMap(
				"select handed_over_by, finished_at from intake_self_fill where client_id = ?", this.clientId))
			.containsEntry("handed_over_by", this.fixtures.staffId(this.therapist))
			.containsEntry("finished_at", null);

		// typed and sent at once, before the autosave's pause is over: the button itself must carry it
		this.browser.step("education");
		this.browser.type(By.id("goals"), "To sleep through the night after a session");
		this.browser.step("medical");
		WebElement finished = this.browser.find(By.cssSelector("form[action$='/intake/self-fill/done'] button.button-primary"));
		this.browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", finished);
		finished.click();

		this.browser.waitUntil(driver -> this.jdbc.queryForObject(
				"select count(*) from intake_self_fill where client_id = ? and finished_at is not null", Integer.class,
				this.clientId) == 1);
		this.browser.waitFor(By.linkText("Unlock"));
		assertThat(stored("select answers from intake_self_fill where client_id = ?").getGoals())
			.isEqualTo("To sleep through the night after a session");
		assertThat(stored("select answers from intake_draft where client_id = ?").getGoals())
			.isEqualTo("To sleep through the night after a session");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	@Test
	void keepMyAnswersWritesThisTabletsAnswersOverWhatAnotherDeviceSaved() throws Exception {
		this.browser.go("/clients/" + this.clientId + "/intake/edit#education");
		this.browser.type(By.id("goals"), "Typed first on this tablet");
		waitForSave();
		int seen = draftVersion();

		// meanwhile a colleague's device saves the same draft
		var theirs = this.intakeService.workingCopy(this.clientId);
		theirs.setGoals("Typed on the front desk computer");
		String colleague = this.fixtures.staffMember(Role.THERAPIST);
		this.intakeService.saveDraft(this.clientId, theirs, seen, false, false, this.fixtures.staffId(colleague),
				"Colleague");

		this.browser.type(By.id("goals"), "Mine, typed on this tablet after that");
		WebElement keepMine = this.browser.find(By.cssSelector("#autosave-problem [data-keep-mine]"));
		assertThat(this.browser.text(By.cssSelector("#autosave-problem [data-message]")))
			.startsWith("This intake was changed on another device");
		assertThat(stored("select answers from intake_draft where client_id = ?").getGoals())
			.isEqualTo("Typed on the front desk computer");

		keepMine.click();

		this.browser.waitUntil(driver -> "Mine, typed on this tablet after that"
			.equals(stored("select answers from intake_draft where client_id = ?").getGoals()));
		assertThat(this.jdbc.queryForMap("select version, updated_by from intake_draft where client_id = ?",
				this.clientId))
			.containsEntry("version", seen + 2)
			.containsEntry("updated_by", this.fixtures.staffId(this.therapist));
		waitForSave();
		assertThat(this.browser.driver().findElement(By.id("autosave-problem")).isDisplayed()).isFalse();
	}

	@Test
	void theBodyMapsListOfAreasSavesAStateAndANote() throws Exception {
		this.browser.go("/clients/" + this.clientId + "/intake/edit#bodymap");
		WebElement list = this.browser.find(By.cssSelector(".bodymap-list summary"));
		this.browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", list);
		list.click();
		WebElement lowerBack = this.browser.find(By.id("region-LOWER_BACK"));
		this.browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", lowerBack);
		new Select(lowerBack).selectByValue("AVOID");
		this.browser.type(By.cssSelector("input[name='bodyMap[LOWER_BACK].note']"), "disc surgery in 2019");
		// the board follows the list
		assertThat(this.browser.driver().findElement(By.cssSelector(".board .region[data-region='LOWER_BACK']"))
			.getDomAttribute("class")).contains("state-AVOID");

		this.browser.waitUntil(driver -> {
			var answer = stored("select answers from intake_draft where client_id = ?").getBodyMap()
				.get(BodyRegion.LOWER_BACK);
			return answer.getState() == RegionState.AVOID && "disc surgery in 2019".equals(answer.getNote());
		});
		waitForSave();
		this.browser.reload();
		assertThat(this.browser.find(By.cssSelector(".board .region[data-region='LOWER_BACK']")).getDomAttribute("class"))
			.contains("state-AVOID");
	}

	@Test
	void aConsultProviderHoldIsClearedOnATalkWithTheProviderTheClientConsentedTo() throws Exception {
		var answers = IntakeAnswers.complete();
		answers.setDepression(true);
		long me = this.fixtures.staffId(this.therapist);
		this.intakeService.complete(this.clientId, answers, UUID.randomUUID(), me, "Test therapist");
		this.consents.signProviderCommunication(this.clientId, me);
		long hold = activeHold(FlagKind.CONSULT_PROVIDER);

		this.browser.go("/clients/" + this.clientId + "/intake/holds/" + hold + "/CLEARANCE");
		assertThat(this.browser.driver().findElements(By.id("q-licensedRole"))).isEmpty();
		this.browser.type(By.id("personName"), "Dr Test Provider");
		this.browser.type(By.id("personRole"), "Counsellor");
		this.browser.setDate(By.id("adviceOn"), TestClock.today().toString());
		this.browser.choose("basis", "SPOKE_WITH_PROVIDER");
		this.browser.type(By.id("note"), "She is stable; gentle work on the back and shoulders is fine");
		pressRecord();

		this.browser.waitUntil(driver -> this.jdbc.queryForObject(
				"select cleared_at is not null from clinical_hold where id = ?", Boolean.class, hold));
		assertThat(this.jdbc.queryForMap(
				"select step, person_name, person_role, advice_on, basis, licensed_role, note, recorded_by from clinical_hold_step where hold_id = ?",
				hold))
			.containsEntry("step", "CLEARANCE")
			.containsEntry("person_name", "Dr Test Provider")
			.containsEntry("person_role", "Counsellor")
			.containsEntry("advice_on", java.sql.Date.valueOf(TestClock.today()))
			.containsEntry("basis", "SPOKE_WITH_PROVIDER")
			.containsEntry("licensed_role", null)
			.containsEntry("note", "She is stable; gentle work on the back and shoulders is fine")
			.containsEntry("recorded_by", me);
		assertThat(this.browser.text(By.cssSelector("[role=status].flash"))).isEqualTo("Clearance recorded.");
	}

	@Test
	void aNoDeepWorkHoldIsClearedByThePhysicianWithoutAskingHowTheProviderWasConsulted() throws Exception {
		var answers = IntakeAnswers.complete();
		answers.setUncontrolledSymptoms(true);
		this.intakeService.complete(this.clientId, answers, UUID.randomUUID(), this.fixtures.staffId(this.therapist),
				"Test therapist");
		long hold = activeHold(FlagKind.NO_DEEP_WORK);

		this.browser.go("/clients/" + this.clientId + "/intake/holds/" + hold + "/CLEARANCE");
		assertThat(this.browser.driver().findElements(By.cssSelector("#q-basis, #q-licensedRole"))).isEmpty();
		this.browser.type(By.id("personName"), "Dr Samuel Okafor");
		this.browser.type(By.id("personRole"), "GP");
		this.browser.setDate(By.id("adviceOn"), TestClock.today().minusDays(1).toString());
		this.browser.type(By.id("note"), "Symptoms controlled on the new dose; deep work may resume");
		pressRecord();

		this.browser.waitUntil(driver -> this.jdbc.queryForObject(
				"select cleared_at is not null from clinical_hold where id = ?", Boolean.class, hold));
		assertThat(this.jdbc.queryForMap(
				"select person_name, advice_on, basis, note from clinical_hold_step where hold_id = ? and step = 'CLEARANCE'",
				hold))
			.containsEntry("person_name", "Dr Samuel Okafor")
			.containsEntry("advice_on", java.sql.Date.valueOf(TestClock.today().minusDays(1)))
			.containsEntry("basis", null)
			.containsEntry("note", "Symptoms controlled on the new dose; deep work may resume");
		assertThat(this.browser.text(By.cssSelector("[role=status].flash"))).isEqualTo("Clearance recorded.");
		assertThat(this.holds.activeHolds(this.clientId)).noneMatch(each -> each.kind() == FlagKind.NO_DEEP_WORK);
	}

	private void pressRecord() {
		WebElement record = this.browser.find(By.cssSelector("form[action*='/intake/holds/'] button.button-primary"));
		this.browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", record);
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		record.click();
	}

	private long activeHold(FlagKind kind) {
		return this.holds.activeHolds(this.clientId)
			.stream()
			.filter(each -> each.kind() == kind)
			.findFirst()
			.orElseThrow()
			.id();
	}

	/**
	 * Answers as PostgreSQL holds them (encrypted at rest), read with the query given for this
	 * client; a blank intake while there is no row yet.
	 */
	private IntakeForm stored(String query) {
		return this.jdbc.queryForList(query, String.class, this.clientId)
			.stream()
			.findFirst()
			.map(cipherText -> this.json.read(new IntakeAnswersText().convertToEntityAttribute(cipherText)))
			.orElseGet(IntakeForm::new);
	}

	private int draftVersion() {
		return this.jdbc.queryForObject("select version from intake_draft where client_id = ?", Integer.class,
				this.clientId);
	}

	private void waitForSave() {
		this.browser.waitUntil(driver -> driver.findElement(By.id("save-status")).getText().startsWith("Saved at"));
	}

}
