package com.holdspace.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.holdspace.Browser;
import com.holdspace.Browser.Screen;
import com.holdspace.IntegrationTest;
import com.holdspace.TestClock;
import com.holdspace.aftercare.AftercareFixtures;
import com.holdspace.messaging.MessagingFixtures;
import com.holdspace.session.SessionFixtures;
import com.holdspace.staff.Role;

/**
 * A client on their phone: the invitation link, a password, their newest aftercare plan read and
 * acknowledged, then signing out.
 */
@IntegrationTest
class PortalJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	AftercareFixtures aftercare;

	@Autowired
	SessionFixtures sessions;

	@Autowired
	Invitations invitations;

	@Autowired
	JdbcTemplate jdbc;

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
	void acceptTheInvitationSetAPasswordOpenTheNewestPlanAcknowledgeItAndSignOut() throws Exception {
		var client = this.aftercare.client();
		this.aftercare.handedOverPlan(client, "Rest after the first session", null);
		long newest = this.aftercare.handedOverPlan(client, "Slow walks this week, and water",
				TestClock.today().plusDays(2));
		this.invitations.invite(client.clientId(), this.sessions.user(this.sessions.staff(Role.FRONT_DESK).getUsername()));
		String email = this.jdbc.queryForObject("select email from client where id = ?", String.class, client.clientId());
		this.browser.use(Screen.PHONE);

		this.browser.go("/invitations/" + tokenSentTo(email));
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("Set your password");
		this.browser.type(By.id("password"), "a quiet walk by the river");
		this.browser.type(By.id("repeat"), "a quiet walk by the river");
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		this.browser.screenshot("portal-accept-phone");
		this.browser.find(By.id("set-password")).click();

		assertThat(this.browser.text(By.cssSelector("[role=status]"))).startsWith("Your password is set.");
		this.browser.type(By.id("username"), email);
		this.browser.type(By.id("password"), "a quiet walk by the river");
		this.browser.find(By.cssSelector("form button[type=submit]")).click();

		this.browser.waitFor(By.id("plans"));
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		this.browser.screenshot("portal-me-phone");
		this.browser.find(By.cssSelector("#plans li:first-child a")).click();

		assertThat(this.browser.driver().getCurrentUrl()).endsWith("/me/plans/" + newest);
		assertThat(this.browser.text(By.cssSelector(".sheet"))).contains("Slow walks this week, and water",
				"Hydration", "If you feel unsafe");
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		this.browser.screenshot("portal-sheet-phone");
		this.browser.scrollTo(By.id("mark-read"));
		this.browser.find(By.id("mark-read")).click();

		assertThat(this.browser.text(By.id("read-at"))).startsWith("You marked this as read");
		assertThat(this.jdbc.queryForObject("select read_at is not null from aftercare_plan where id = ?", Boolean.class,
				newest)).isTrue();
		this.browser.screenshot("portal-read-phone");
		this.browser.find(By.cssSelector(".signout button")).click();

		assertThat(this.browser.text(By.cssSelector("[role=status]"))).isEqualTo("You have signed out.");
		this.browser.go("/me/plans/" + newest);
		this.browser.waitFor(By.id("username"));
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	private String tokenSentTo(String email) {
		String stored = this.jdbc.queryForObject("""
				select link from outgoing_message where kind = 'PORTAL_INVITATION' and recipient = ?
				order by id desc limit 1""", String.class, email);
		Matcher link = Pattern.compile("/invitations/([A-Za-z0-9_-]{43})")
			.matcher(String.valueOf(MessagingFixtures.queuedLink(stored)));
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

}
