package com.holdspace.staff;

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
import com.holdspace.intake.IntakeFixtures;

/**
 * An admin opens a staff account and then disables it, on a tablet; reads the history of an intake
 * from the audit log, and changes their own password from their name at the top.
 */
@IntegrationTest
class AdminJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	StaffService staffService;

	@Autowired
	IntakeFixtures intakes;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	com.holdspace.shared.SignInFailures failures;

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
	void adminOpensAStaffAccountThenDisablesItAfterConfirming() throws Exception {
		this.browser.signIn(this.fixtures.staffMember(Role.ADMIN), Fixtures.PASSWORD);
		String email = Fixtures.uniqueEmail("new-desk");

		this.browser.find(By.linkText("Staff")).click();
		this.browser.find(By.linkText("New staff account")).click();
		this.browser.type(By.id("displayName"), "Ines Carvalho");
		this.browser.type(By.id("email"), email);
		this.browser.find(By.xpath("//label[contains(@class,'choice')][.//span[text()='Front desk']]")).click();
		this.browser.type(By.id("password"), "twelve chars or more");
		this.browser.find(By.cssSelector("button.button-primary")).click();

		assertThat(this.browser.text(By.cssSelector("[role=status]"))).isEqualTo("Staff account created.");
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("Ines Carvalho");
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		this.browser.screenshot("staff-account-tablet-landscape");

		this.browser.find(By.cssSelector("button.button-danger")).click();
		var confirm = new WebDriverWait(this.browser.driver(), Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
		assertThat(confirm.getText()).isEqualTo("Disable Ines Carvalho? They will be signed out at once.");
		confirm.accept();

		assertThat(this.browser.text(By.cssSelector("[role=status]"))).startsWith("Account disabled.");
		assertThat(this.browser.text(By.cssSelector(".subtitle"))).contains("Disabled");
		assertThat(this.staffService.staff()).filteredOn(account -> account.getEmail().equals(email))
			.singleElement()
			.satisfies(account -> assertThat(account.isEnabled()).isFalse());

		this.browser.find(By.linkText("All staff")).click();
		this.browser.use(Screen.PHONE);
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		this.browser.screenshot("staff-list-phone");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	@Test
	void adminMarksATherapistExperiencedInEmotionalReleaseWork() throws Exception {
		String therapist = this.fixtures.staffMember(Role.THERAPIST);
		long id = this.fixtures.staffId(therapist);
		this.browser.signIn(this.fixtures.staffMember(Role.ADMIN), Fixtures.PASSWORD);

		this.browser.go("/admin/staff/" + id);
		this.browser.find(By.xpath("//form[@id='experience-form']//label[contains(@class,'choice')]")).click();
		this.browser.find(By.cssSelector("#experience-form button[type=submit]")).click();

		assertThat(this.browser.text(By.cssSelector("[role=status]"))).isEqualTo("Saved.");
		assertThat(this.browser.find(By.cssSelector("#experience-form input[name=experienced]")).isSelected()).isTrue();
		assertThat(this.jdbc.queryForObject("select experienced_in_release from account where id = ?", Boolean.class, id))
			.isTrue();
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	@Test
	void adminReadsAnIntakesHistoryThenChangesTheirOwnPassword() throws Exception {
		long clientId = this.fixtures.client("History Client");
		this.intakes.complete(clientId, this.fixtures.staffId(this.fixtures.staffMember(Role.THERAPIST)));
		long versionId = this.jdbc.queryForObject("select id from intake_version where client_id = ?", Long.class,
				clientId);
		String admin = this.fixtures.staffMember(Role.ADMIN);
		this.browser.signIn(admin, Fixtures.PASSWORD);

		this.browser.find(By.linkText("Audit log")).click();
		this.browser.find(By.linkText("Record history")).click();
		new org.openqa.selenium.support.ui.Select(this.browser.find(By.id("kind"))).selectByVisibleText("Intake version");
		this.browser.type(By.id("id"), String.valueOf(versionId));
		this.browser.find(By.cssSelector("button.button-primary")).click();

		assertThat(this.browser.text(By.cssSelector(".revision h2"))).startsWith("Created");
		assertThat(this.browser.text(By.cssSelector(".revision table"))).contains("answers.stopConditions");
		for (Screen screen : Screen.values()) {
			this.browser.use(screen);
			assertThat(this.browser.sidewaysOverflow()).as("overflow at %s", screen).isEmpty();
			assertThat(this.browser.smallTouchTargets()).as("small targets at %s", screen).isEmpty();
		}
		this.browser.screenshot("record-history-phone");
		this.browser.use(Screen.TABLET_PORTRAIT);
		this.browser.screenshot("record-history-tablet-portrait");

		this.browser.find(By.cssSelector(".signout .whoami")).click();
		this.browser.type(By.id("current"), "not what I use");
		this.browser.type(By.id("password"), "copper kettles on a windowsill");
		this.browser.type(By.id("repeat"), "copper kettles on a windowsill");
		this.browser.find(By.id("change-password")).click();
		assertThat(this.browser.text(By.id("current-error"))).isEqualTo("That is not the password you use now.");
		this.browser.screenshot("password-change-error-tablet-portrait");

		this.browser.type(By.id("current"), Fixtures.PASSWORD);
		this.browser.type(By.id("password"), "copper kettles on a windowsill");
		this.browser.type(By.id("repeat"), "copper kettles on a windowsill");
		this.browser.find(By.id("change-password")).click();
		assertThat(this.browser.text(By.cssSelector("[role=status]"))).startsWith("Your password is changed.");
		this.browser.use(Screen.PHONE);
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		this.browser.screenshot("password-changed-phone");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	/**
	 * A therapist slowed down after wrong passwords from one device: the admin sees it on the staff
	 * page, lifts it, and the lifting is in the audit log.
	 */
	@Test
	void adminSeesASlowedSignInAndLiftsTheWait() throws Exception {
		String therapist = this.fixtures.staffMember(Role.THERAPIST);
		for (int attempt = 0; attempt < 5; attempt++) {
			this.failures.begin(com.holdspace.shared.SignInFailures.Step.PASSWORD, therapist, "203.0.113.77");
		}
		this.browser.use(Screen.TABLET_PORTRAIT);
		this.browser.signIn(this.fixtures.staffMember(Role.ADMIN), Fixtures.PASSWORD);
		this.browser.go("/admin/staff");
		assertThat(this.browser.text(By.id("sign-in-waits"))).contains(therapist, "3 wrong tries from one device");
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		this.browser.screenshot("staff-sign-in-waits-tablet-portrait");

		this.browser.find(By.xpath("//div[@id='sign-in-waits']//li[.//strong[text()='" + therapist + "']]//button")).click();
		this.browser.waitUntil(driver -> this.browser.text(By.cssSelector("[role=status].flash")).startsWith("The wait is lifted"));
		assertThat(this.jdbc.queryForObject("select count(*) from sign_in_failure where account = ?", Integer.class,
				therapist)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'ACCOUNT' and subject like ?",
				Integer.class, "sign-in wait lifted for " + therapist + "%")).isOne();
		assertThat(this.browser.driver().findElements(By.xpath("//div[@id='sign-in-waits']//strong[text()='" + therapist + "']")))
			.isEmpty();
	}

}
