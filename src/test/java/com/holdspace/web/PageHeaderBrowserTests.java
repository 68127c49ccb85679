package com.holdspace.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.holdspace.Browser;
import com.holdspace.Browser.Screen;
import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.staff.Role;

/**
 * The top of every page: the brand, the signed-in person's name (which opens their password page)
 * and "Sign out". However long the name, each keeps to one line, with nothing reaching past the
 * screen's edge, on a phone and on a tablet either way round: a long name ends in an ellipsis.
 */
@IntegrationTest
class PageHeaderBrowserTests {

	private static final String LONG_NAME = "Maximiliana Featherstonehaugh-Abernathy";

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdminWithALongNameAndTheLongestMenu() throws Exception {
		String admin = this.fixtures.staffMember(Role.ADMIN);
		this.jdbc.update("update account set display_name = ? where email = ?", LONG_NAME, admin);
		checkEveryScreen(admin, "/admin/staff", "header-admin");
	}

	@Test
	void aClientWithALongNameOnTheirOwnPage() throws Exception {
		String client = this.fixtures.clientWithLogin(LONG_NAME);
		checkEveryScreen(client, "/me", "header-client");
	}

	private void checkEveryScreen(String login, String page, String name) throws Exception {
		try (Browser browser = Browser.open(this.port)) {
			browser.signIn(login, Fixtures.PASSWORD);
			for (Screen screen : Screen.values()) {
				browser.use(screen);
				browser.go(page);
				browser.screenshot(name + "-" + screen.name().toLowerCase());
				String where = name + " on " + screen;
				assertThat(browser.text(By.cssSelector(".signout .whoami"))).as(where).isNotEmpty();
				assertThat(browser.find(By.cssSelector(".signout .whoami")).getDomProperty("textContent"))
					.as("the whole name is still the link's text").isEqualTo(LONG_NAME);
				for (String part : new String[] { ".brand", ".signout .whoami", ".signout button" }) {
					assertThat(browser.textLines(By.cssSelector(part))).as("lines of %s, %s", part, where).isEqualTo(1);
				}
				assertThat(browser.sidewaysOverflow()).as(where).isEmpty();
				assertThat(browser.smallTouchTargets()).as(where).isEmpty();
			}
			assertThat(browser.consoleProblems()).isEmpty();
		}
	}

}
