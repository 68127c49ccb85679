package com.holdspace.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.holdspace.Browser;
import com.holdspace.Browser.Screen;
import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.TestClock;
import com.holdspace.staff.Role;

/**
 * The consent pages' buttons that no other browser test presses, each pressed on a tablet in
 * landscape and what it saved read back from PostgreSQL: signing the provider-communication consent
 * (with its provider, scope and end date) after clearing a first try at the signature, signing the
 * treatment consent again, a withdrawal asked for by the therapist, and a new version of a consent
 * text saved by an admin. Recording verbal consent and a client's own withdrawal are pressed in
 * ConsentWithdrawnInSessionBrowserTests, signing the treatment consent in ConsentSigningBrowserTests.
 */
@IntegrationTest
class ConsentEveryButtonBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ConsentFixtures consents;

	@Autowired
	com.holdspace.booking.BookingFixtures bookings;

	@Autowired
	ConsentService consentService;

	@Autowired
	JdbcTemplate jdbc;

	private Browser browser;

	@BeforeEach
	void openBrowser() throws Exception {
		this.browser = Browser.open(this.port);
		this.browser.use(Screen.TABLET_LANDSCAPE);
	}

	@AfterEach
	void closeBrowser() throws Exception {
		this.browser.close();
	}

	@Test
	void theProviderConsentIsSignedWithItsTermsAndOnlyTheSignatureLeftAfterClear() throws Exception {
		long client = this.fixtures.client("Maren Solberg");
		String therapist = this.fixtures.staffMember(Role.THERAPIST);
		this.bookings.inCare(client, this.fixtures.staffId(therapist));
		LocalDate until = TestClock.today().plusMonths(6);
		this.browser.signIn(therapist, Fixtures.PASSWORD);
		this.browser.go("/clients/" + client + "/consent");
		this.browser.find(By.cssSelector("form[action$='/consent/PROVIDER_COMMUNICATION/sign/start'] button")).click();
		// the signing page is the only one with a signature pad
		this.browser.waitFor(By.id("signature-pad"));
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("Consent to talk with your mental-health provider");

		this.browser.type(By.id("providerName"), "Dr Ana Lindqvist");
		this.browser.type(By.id("providerContact"), "ana.lindqvist@example.org");
		this.browser.type(By.id("sharedScope"), "How she responds to body work, and any new flashbacks");
		this.browser.setDate(By.id("expiresOn"), until.toString());
		this.browser.choose("agreed", "true");
		this.browser.type(By.id("signerName"), "Maren Solberg");
		stroke(-300, 0, 60, 40);
		stroke(-100, 0, 60, -40);
		assertThat(strokesOnTheForm()).isEqualTo(2);

		WebElement clear = this.browser.find(By.cssSelector("[data-signature-pad] [data-clear]"));
		clear.click();
		assertThat(this.browser.driver().findElement(By.id("signature")).getDomProperty("value")).isEmpty();
		stroke(0, 0, 120, 30);
		assertThat(strokesOnTheForm()).isEqualTo(1);
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		this.browser.find(By.cssSelector("form[action$='/consent/PROVIDER_COMMUNICATION/sign'] button.button-primary"))
			.click();

		this.browser.waitUntil(driver -> signedProviderConsents(client) == 1);
		this.browser.waitFor(By.linkText("Unlock"));
		Map<String, Object> saved = this.jdbc.queryForMap("""
				select c.signer_name, c.method, c.provider_name, c.provider_contact, c.shared_scope, c.expires_on,
				       jsonb_array_length(c.signature_strokes::jsonb) as strokes, c.witness_id
				from signed_consent c join consent_document_version v on v.id = c.document_version
				where c.client_id = ? and v.kind = 'PROVIDER_COMMUNICATION'""", client);
		assertThat(saved).containsEntry("signer_name", "Maren Solberg")
			.containsEntry("method", "WRITTEN")
			.containsEntry("provider_name", "Dr Ana Lindqvist")
			.containsEntry("provider_contact", "ana.lindqvist@example.org")
			.containsEntry("shared_scope", "How she responds to body work, and any new flashbacks")
			.containsEntry("expires_on", Date.valueOf(until))
			.containsEntry("strokes", 1)
			.containsEntry("witness_id", this.fixtures.staffId(therapist));
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	@Test
	void signAgainOnASignedConsentSavesASecondSignedRecord() throws Exception {
		long client = this.fixtures.client("Tomasz Wójcik");
		String therapist = this.fixtures.staffMember(Role.THERAPIST);
		this.bookings.inCare(client, this.fixtures.staffId(therapist));
		long first = this.consents.signTreatment(client, this.fixtures.staffId(therapist));
		this.browser.signIn(therapist, Fixtures.PASSWORD);
		this.browser.go("/clients/" + client + "/consent");
		WebElement again = this.browser.find(By.cssSelector("form[action$='/consent/TREATMENT/sign/start'] button"));
		assertThat(again.getText()).isEqualTo("Sign again");
		again.click();
		this.browser.waitFor(By.id("signature-pad"));

		this.browser.choose("agreed", "true");
		this.browser.type(By.id("signerName"), "Tomasz Wójcik");
		stroke(-200, 0, 150, 20);
		this.browser.find(By.cssSelector("form[action$='/consent/TREATMENT/sign'] button.button-primary")).click();

		this.browser.waitUntil(driver -> this.jdbc.queryForObject(
				"select count(*) from signed_consent where client_id = ? and id <> ? and signer_name = 'Tomasz Wójcik'",
				Integer.class, client, first) == 1);
		this.browser.waitFor(By.linkText("Unlock"));
		assertThat(this.jdbc.queryForObject("""
				select count(*) from signed_consent c join consent_document_version v on v.id = c.document_version
				where c.client_id = ? and v.kind = 'TREATMENT' and c.method = 'WRITTEN'""", Integer.class, client))
			.isEqualTo(2);
		assertThat(this.consentService.status(client, ConsentKind.TREATMENT).state())
			.isEqualTo(ConsentStatus.State.SIGNED);
	}

	@Test
	void aWithdrawalTheTherapistAsksForIsSavedAsTheTherapists() throws Exception {
		long client = this.fixtures.client("Ines Carvalho");
		String therapist = this.fixtures.staffMember(Role.THERAPIST);
		this.bookings.inCare(client, this.fixtures.staffId(therapist));
		long consent = this.consents.signTreatment(client, this.fixtures.staffId(therapist));
		this.browser.signIn(therapist, Fixtures.PASSWORD);
		this.browser.go("/clients/" + client + "/consent/records/" + consent);

		this.browser.choose("withdrawnBy", "THERAPIST");
		this.browser.type(By.id("reason"), "Her blood pressure was too high for massage today");
		this.browser.find(By.cssSelector("form[action$='/records/" + consent + "/withdraw'] button.button-danger"))
			.click();
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent())
			.accept();

		this.browser.waitUntil(driver -> this.jdbc
			.queryForObject("select count(*) from consent_withdrawal where consent_id = ?", Integer.class, consent) == 1);
		assertThat(this.jdbc.queryForMap(
				"select withdrawn_by, reason, recorded_by from consent_withdrawal where consent_id = ?", consent))
			.containsEntry("withdrawn_by", "THERAPIST")
			.containsEntry("reason", "Her blood pressure was too high for massage today")
			.containsEntry("recorded_by", this.fixtures.staffId(therapist));
		// back on the client's consent page, the record is marked and the status says so
		assertThat(this.browser.text(By.cssSelector("[role=status].flash"))).isEqualTo("Consent withdrawn. It no longer applies.");
		assertThat(this.browser.text(By.cssSelector(".versions .pill-warn"))).isEqualTo("Withdrawn");
		assertThat(this.consentService.status(client, ConsentKind.TREATMENT).state())
			.isEqualTo(ConsentStatus.State.WITHDRAWN);
	}

	@Test
	void anAdminSavesAConsentTextAsANewVersion() throws Exception {
		var before = this.consentService.current(ConsentKind.TREATMENT);
		String admin = this.fixtures.staffMember(Role.ADMIN);
		String added = "Aftercare\nDrink water and rest; tell us before your next session how you felt.";
		this.browser.signIn(admin, Fixtures.PASSWORD);
		this.browser.go("/admin/consent");
		this.browser.find(By.cssSelector("a[href$='/admin/consent/TREATMENT']")).click();
		WebElement body = this.browser.find(By.id("body"));
		this.browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", body);
		body.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, org.openqa.selenium.Keys.END));
		body.sendKeys("\n\n" + added);
		WebElement save = this.browser.find(By.cssSelector("form[action$='/admin/consent/TREATMENT'] button.button-primary"));
		this.browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
		save.click();

		this.browser.waitUntil(driver -> this.jdbc.queryForObject(
				"select count(*) from consent_document_version where kind = 'TREATMENT' and number = ?", Integer.class,
				before.getNumber() + 1) == 1);
		Map<String, Object> saved = this.jdbc.queryForMap(
				"select title, body, created_by from consent_document_version where kind = 'TREATMENT' and number = ?",
				before.getNumber() + 1);
		assertThat(saved).containsEntry("title", before.getTitle()).containsEntry("created_by", this.fixtures.staffId(admin));
		assertThat((String) saved.get("body")).startsWith(before.getBody().strip()).endsWith(added);
		assertThat(this.browser.text(By.cssSelector("[role=status].flash"))).isEqualTo("Saved as a new version.");
		assertThat(this.browser.text(By.cssSelector("legend"))).contains(String.valueOf(before.getNumber() + 1));
	}

	private int signedProviderConsents(long client) {
		return this.jdbc.queryForObject("""
				select count(*) from signed_consent c join consent_document_version v on v.id = c.document_version
				where c.client_id = ? and v.kind = 'PROVIDER_COMMUNICATION'""", Integer.class, client);
	}

	/** One line drawn with a finger, starting at an offset from the pad's centre. */
	private void stroke(int fromX, int fromY, int byX, int byY) {
		var pad = this.browser.find(By.id("signature-pad"));
		this.browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", pad);
		new Actions(this.browser.driver()).moveToElement(pad, fromX, fromY)
			.clickAndHold()
			.moveByOffset(byX / 2, byY / 2)
			.moveByOffset(byX - byX / 2, byY - byY / 2)
			.release()
			.perform();
	}

	private int strokesOnTheForm() {
		String value = this.browser.driver().findElement(By.id("signature")).getDomProperty("value");
		return ((Number) this.browser.driver().executeScript("return JSON.parse(arguments[0] || '[]').length", value))
			.intValue();
	}

}
