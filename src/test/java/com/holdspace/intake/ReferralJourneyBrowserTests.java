package com.holdspace.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

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
import com.holdspace.TestClock;
import com.holdspace.staff.Role;

/**
 * A refer-and-pause hold on a tablet: the therapist records the referral; she cannot clear it
 * herself; a colleague records the clearance, naming the licensed clinician and how they advised,
 * and somatic work may go on.
 */
@IntegrationTest
class ReferralJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	IntakeService intakeService;

	@Autowired
	ClinicalHolds holds;

	@Autowired
	com.holdspace.booking.BookingFixtures bookings;

	private Browser browser;

	@BeforeEach
	void openBrowser() throws Exception {
		this.browser = Browser.open(this.port);
		this.browser.use(Screen.TABLET_PORTRAIT);
	}

	@AfterEach
	void closeBrowser() throws Exception {
		this.browser.close();
	}

	@Test
	void theReferrerRecordsTheReferralAndAColleagueTheLicensedClearance() throws Exception {
		long client = this.fixtures.client("Referred Client");
		String referrer = this.fixtures.staffMember(Role.THERAPIST);
		var answers = IntakeAnswers.complete();
		answers.setSevereDissociation(true);
		this.intakeService.complete(client, answers, UUID.randomUUID(), this.fixtures.staffId(referrer), "Test therapist");
		long hold = this.holds.activeHolds(client)
			.stream()
			.filter(each -> each.kind() == FlagKind.REFER_AND_PAUSE)
			.findFirst()
			.orElseThrow()
			.id();

		this.browser.signIn(referrer, Fixtures.PASSWORD);
		this.browser.go("/clients/" + client + "/intake/holds/" + hold + "/REFERRAL");
		this.browser.type(By.id("personName"), "Dr Iris Moreau");
		this.browser.type(By.id("personRole"), "Trauma psychologist");
		this.browser.setDate(By.id("adviceOn"), TestClock.today().toString());
		this.browser.type(By.id("note"), "Referred by phone; she will see the client this week");
		this.browser.find(By.cssSelector("form button.button-primary")).click();
		// the form is at /intake/holds/...: wait to leave it for the intake page
		this.browser.waitUntil(driver -> !driver.getCurrentUrl().contains("/holds/"));
		assertThat(this.holds.hold(client, hold).referral()).isNotNull();

		this.browser.go("/clients/" + client + "/intake/holds/" + hold + "/CLEARANCE");
		fillClearance();
		this.browser.find(By.cssSelector("form button.button-primary")).click();
		assertThat(this.browser.text(By.cssSelector(".error-summary, .flash-problem, [role=alert]")))
			.contains("does not also clear it");
		assertThat(this.holds.somaticWorkPaused(client)).isTrue();
		this.browser.screenshot("hold-clearance-refused-tablet-portrait");
		this.browser.close();

		this.browser = Browser.open(this.port);
		this.browser.use(Screen.TABLET_PORTRAIT);
		// a colleague booked with the client clears it
		String colleague = this.fixtures.staffMember(Role.THERAPIST);
		this.bookings.inCare(client, this.fixtures.staffId(colleague));
		this.browser.signIn(colleague, Fixtures.PASSWORD);
		this.browser.go("/clients/" + client + "/intake/holds/" + hold + "/CLEARANCE");
		fillClearance();
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		this.browser.screenshot("hold-clearance-tablet-portrait");
		this.browser.find(By.cssSelector("form button.button-primary")).click();
		// the form is at /intake/holds/...: wait to leave it for the intake page
		this.browser.waitUntil(driver -> !driver.getCurrentUrl().contains("/holds/"));

		assertThat(this.holds.somaticWorkPaused(client)).isFalse();
		assertThat(this.holds.hold(client, hold).clearance().getLicensedRole()).isEqualTo(LicensedRole.PSYCHOLOGIST);
		// cleared holds are folded away on the intake page; the record says who cleared it, and as what
		assertThat(this.browser.find(By.id("holds")).getDomProperty("textContent")).contains("Licensed as: Psychologist");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	private void fillClearance() {
		this.browser.type(By.id("personName"), "Dr Iris Moreau");
		this.browser.type(By.id("personRole"), "Trauma psychologist");
		this.browser.setDate(By.id("adviceOn"), TestClock.today().toString());
		this.browser.choose("licensedRole", "PSYCHOLOGIST");
		this.browser.choose("basis", "WRITTEN_ADVICE");
		this.browser.type(By.id("note"), "Her letter: gentle body work may resume");
	}

}
