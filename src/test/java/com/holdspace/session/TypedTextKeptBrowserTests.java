package com.holdspace.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.holdspace.Browser;
import com.holdspace.Browser.Screen;
import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.aftercare.AftercareFixtures;

/**
 * An amendment typed for minutes survives a sign-in that ran out: the form is sent, the tablet
 * asks for a sign-in, and back on the record the words are there to send again. Once saved they
 * are let go.
 */
@IntegrationTest
class TypedTextKeptBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	AftercareFixtures aftercare;

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
	void anAmendmentTypedWhenTheSignInRanOutIsBackAfterSigningInAgainAndGoneOnceSaved() throws Exception {
		var client = this.aftercare.client();
		long session = this.aftercare.signedSession(client);
		this.browser.signIn(client.therapistLogin(), Fixtures.PASSWORD);
		this.browser.go("/sessions/" + session + "#amendments");
		this.browser.type(By.id("reason"), "The counsellor's name was missing");
		this.browser.type(By.id("body"), "Her counsellor is Dr Asha Rao; they meet on Tuesdays.");

		// the sign-in ends while the therapist types (idle too long, or ended by an admin)
		this.jdbc.update("delete from spring_session where principal_name = ?", client.therapistLogin());
		this.browser.find(By.xpath("//form[contains(@action,'/amendments')]//button[@type='submit']")).click();
		this.browser.waitUntil(driver -> driver.getCurrentUrl().contains("/login"));
		this.browser.signIn(client.therapistLogin(), Fixtures.PASSWORD);
		this.browser.go("/sessions/" + session + "#amendments");

		assertThat(this.browser.find(By.id("reason")).getDomProperty("value")).isEqualTo("The counsellor's name was missing");
		assertThat(this.browser.find(By.id("body")).getDomProperty("value"))
			.isEqualTo("Her counsellor is Dr Asha Rao; they meet on Tuesdays.");
		assertThat(this.browser.text(By.cssSelector("#amendments [data-kept-note]"))).contains("What you typed here before");
		assertThat(this.jdbc.queryForObject("select count(*) from session_amendment where session_id = ?", Integer.class,
				session)).isZero();

		this.browser.find(By.xpath("//form[contains(@action,'/amendments')]//button[@type='submit']")).click();
		this.browser.waitUntil(driver -> this.jdbc.queryForObject(
				"select count(*) from session_amendment where session_id = ?", Integer.class, session) == 1);
		this.browser.waitUntil(driver -> !driver.findElements(By.cssSelector("li.amendment")).isEmpty());
		this.browser.go("/sessions/" + session + "#amendments");
		assertThat(this.browser.find(By.id("body")).getDomProperty("value")).isEmpty();
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	/**
	 * An amendment is kept on the server a moment after typing stops, encrypted: another tablet (a
	 * browser with nothing of this one) opens the record with it back in the form, and sending it
	 * leaves no draft behind.
	 */
	@Test
	void anAmendmentKeptOnTheServerIsBackOnAnotherTabletAndGoneOnceSent() throws Exception {
		var client = this.aftercare.client();
		long session = this.aftercare.signedSession(client);
		this.browser.signIn(client.therapistLogin(), Fixtures.PASSWORD);
		this.browser.go("/sessions/" + session + "#amendments");
		this.browser.type(By.id("reason"), "The provider's phone was wrong");
		this.browser.type(By.id("body"), "The right number for Dr Imani Osei is 020 7946 0811.");
		this.browser.waitUntil(driver -> this.browser.text(By.id("amendment-draft-status")).startsWith("Kept at"));
		String stored = this.jdbc.queryForObject("""
				select body from typed_draft d join account a on a.id = d.account_id
				where a.email = ? and d.form_key = ?""", String.class, client.therapistLogin(), "amendment:" + session);
		assertThat(stored).as("kept encrypted").doesNotContain("Imani").startsWith("hs1:");
		this.browser.close();

		this.browser = Browser.open(this.port);
		this.browser.use(Screen.TABLET_PORTRAIT);
		this.browser.signIn(client.therapistLogin(), Fixtures.PASSWORD);
		this.browser.go("/sessions/" + session + "#amendments");
		this.browser.waitUntil(driver -> !this.browser.find(By.id("body")).getDomProperty("value").isEmpty());
		assertThat(this.browser.find(By.id("reason")).getDomProperty("value")).isEqualTo("The provider's phone was wrong");
		assertThat(this.browser.find(By.id("body")).getDomProperty("value"))
			.isEqualTo("The right number for Dr Imani Osei is 020 7946 0811.");
		assertThat(this.browser.text(By.cssSelector("#amendments [data-kept-note]"))).contains("What you typed here before");

		this.browser.find(By.xpath("//form[contains(@action,'/amendments')]//button[@type='submit']")).click();
		this.browser.waitUntil(driver -> this.jdbc.queryForObject(
				"select count(*) from session_amendment where session_id = ?", Integer.class, session) == 1);
		assertThat(this.jdbc.queryForObject("select count(*) from typed_draft where form_key = ?", Integer.class,
				"amendment:" + session)).isZero();
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

}
