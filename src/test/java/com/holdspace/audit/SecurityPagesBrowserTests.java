package com.holdspace.audit;

import static org.assertj.core.api.Assertions.assertThat;

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
import com.holdspace.SecondFactorCodes;
import com.holdspace.staff.Role;

/**
 * The pages security added, as an admin sees them on a tablet held either way and on a phone: the
 * second factor, the audit log, a person's sign-ins and second factor, and changing one's password.
 */
@IntegrationTest
class SecurityPagesBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

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
	void theSecondFactorTheAuditLogAPersonsSignInsAndThePasswordPageFitEveryScreen() throws Exception {
		String admin = this.fixtures.staffMember(Role.ADMIN);
		long therapist = this.fixtures.staffId(this.fixtures.staffMember(Role.THERAPIST));
		this.browser.go("/login");
		this.browser.type(By.id("username"), admin);
		this.browser.type(By.id("password"), Fixtures.PASSWORD);
		this.browser.find(By.cssSelector("form button[type=submit]")).click();
		this.browser.waitFor(By.id("code"));
		look("second-factor");
		this.browser.type(By.id("code"), SecondFactorCodes.get().codeFor(admin));
		this.browser.find(By.cssSelector("form button.button-primary")).click();
		this.browser.waitFor(By.cssSelector(".signout .whoami"));

		this.browser.go("/admin/audit");
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("Audit log");
		look("audit-log");
		this.browser.go("/admin/staff/" + therapist);
		this.browser.waitFor(By.tagName("h1"));
		look("staff-sign-ins");
		this.browser.go("/account/password");
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("Change your password");
		look("password-change");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	/** At tablet landscape and phone size: nothing sideways, every target big enough, a picture of each. */
	private void look(String page) throws Exception {
		for (Screen screen : new Screen[] { Screen.TABLET_LANDSCAPE, Screen.PHONE }) {
			this.browser.use(screen);
			assertThat(this.browser.sidewaysOverflow()).as("%s at %s", page, screen).isEmpty();
			assertThat(this.browser.smallTouchTargets()).as("%s at %s", page, screen).isEmpty();
			this.browser.screenshot(page + "-" + screen.name().toLowerCase().replace('_', '-'));
		}
		this.browser.use(Screen.TABLET_LANDSCAPE);
	}

}
