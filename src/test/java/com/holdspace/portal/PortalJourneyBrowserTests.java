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
		// a name long enough to crowd the phone's header
		this.jdbc.update("update client set preferred_name = ? where id = ?", "Bartholomew Featherstonehaugh",
				client.clientId());
		long older = this.aftercare.handedOverPlan(client, "Rest after the first session", null);
		this.jdbc.update("update aftercare_plan set read_at = handed_over_at where id = ?", older);
		long newest = this.aftercare.handedOverPlan(client, "Slow walks this week, and water",
				TestClock.today().plusDays(2));
		this.invitations.invite(client.clientId(), this.sessions.user(this.sessions.staff(Role.FRONT_DESK).getUsername()));
		String email = this.jdbc.queryForObject("select email from client where id = ?", String.class, client.clientId());
		this.browser.use(Screen.PHONE);

		String token = tokenSentTo(email);
		this.browser.go("/invitations/" + token);
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("Set your password");
		this.browser.type(By.id("password"), "a quiet walk by the river");
		this.browser.type(By.id("repeat"), "a quiet walk by the river");
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		this.browser.screenshot("portal-accept-phone");
		this.browser.find(By.id("set-password")).click();

		// signed in at once, on their own page: no second trip through the sign-in form
		this.browser.waitFor(By.id("plans"));
		this.browser.screenshot("portal-me-phone");
		assertThat(this.browser.driver().getCurrentUrl()).endsWith("/me");
		assertThat(this.browser.text(By.cssSelector("[role=status]"))).startsWith("Your password is set and you are signed in.");
		assertThat(this.browser.driver().findElements(By.id("username"))).isEmpty();
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		assertHeaderFitsOnePhoneLineEach();
		// the "New" mark belongs to the newest plan, inside its line, and says so to a screen reader too
		assertThat(this.browser.driver().findElements(By.cssSelector("#plans li"))).hasSize(2);
		assertThat(this.browser.driver().findElements(By.cssSelector("#plans li:first-child a .plan-new"))).hasSize(1);
		assertThat(this.browser.driver().findElements(By.cssSelector("#plans li:last-child .plan-new"))).isEmpty();
		assertThat(this.browser.find(By.cssSelector("#plans li:first-child a")).getAccessibleName())
			.startsWith("New, not read yet: After your session on");
		assertThat(this.browser.find(By.cssSelector("#plans li:last-child a")).getAccessibleName())
			.startsWith("After your session on");
		var newMark = this.browser.find(By.cssSelector(".plan-new")).getRect();
		var newestRow = this.browser.find(By.cssSelector("#plans li:first-child")).getRect();
		assertThat(newMark.getY()).as("the mark sits inside the newest plan's row")
			.isBetween(newestRow.getY(), newestRow.getY() + newestRow.getHeight() - newMark.getHeight());
		this.browser.find(By.cssSelector("#plans li:first-child a")).click();

		assertThat(this.browser.driver().getCurrentUrl()).endsWith("/me/plans/" + newest);
		assertThat(this.browser.text(By.cssSelector(".sheet"))).contains("Slow walks this week, and water",
				"Hydration", "If you feel unsafe");
		// the title first, then the download
		assertThat(this.browser.find(By.id("plan-pdf")).getRect().getY())
			.isGreaterThan(this.browser.find(By.tagName("h1")).getRect().getY());
		// each crisis number a tap away: a call, or a text for the text line
		var crisis = this.browser.driver().findElements(By.cssSelector(".sheet-lines .crisis-lines a"));
		assertThat(crisis).extracting(link -> link.getDomAttribute("href")).containsExactly("tel:999", "tel:116123",
				"sms:85258");
		assertThat(crisis).extracting(link -> link.getText()).containsExactly("999", "116 123", "85258");
		assertThat(crisis).allSatisfy(link -> assertThat(link.getSize().getHeight()).isGreaterThanOrEqualTo(44))
			.allSatisfy(link -> assertThat(link.getSize().getWidth()).isGreaterThanOrEqualTo(44));
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		this.browser.screenshot("portal-sheet-phone");
		this.browser.scrollTo(By.cssSelector(".sheet-lines"));
		this.browser.screenshot("portal-sheet-crisis-lines-phone");
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
		// the link from the email has done its work: it sets no password again
		this.browser.go("/invitations/" + token);
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("This link no longer works");
		assertThat(this.browser.driver().findElements(By.id("password"))).isEmpty();
		assertThat(this.browser.consoleProblems()).as("only the page's own 410 Gone")
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains("status of 410");
	}

	/** The signed-in name and "Sign out" each keep to one line in the phone's header, beside the brand. */
	private void assertHeaderFitsOnePhoneLineEach() {
		for (String selector : new String[] { ".signout .whoami", ".signout button", ".brand" }) {
			assertThat(this.browser.textLines(By.cssSelector(selector))).as("lines of %s", selector).isEqualTo(1);
		}
		assertThat(this.browser.find(By.cssSelector(".signout button")).getRect().getY())
			.as("Sign out on the brand's row").isLessThan(this.browser.find(By.cssSelector(".mainnav")).getRect().getY());
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
