package com.holdspace.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.holdspace.Browser;
import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.staff.Role;

/**
 * The four lists of named things an admin keeps share one pattern, so one walk through each proves
 * it: add, open, rename or change, retire (answering the question where there is one) and bring
 * back, reading what was saved after every button.
 */
@IntegrationTest
class AdminListsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	private Browser browser;

	@BeforeEach
	void signIn() throws Exception {
		this.browser = Browser.open(this.port);
		this.browser.signIn(this.fixtures.staffMember(Role.ADMIN), Fixtures.PASSWORD);
	}

	@AfterEach
	void closeBrowser() throws Exception {
		this.browser.close();
	}

	@Test
	void anAdminAddsRenamesRetiresAndBringsBackARoomAndASite() throws Exception {
		for (String kind : new String[] { "Room", "Site" }) {
			String table = kind.toLowerCase();
			String name = kind + " " + suffix();
			this.browser.go("/admin/" + table + "s");
			this.browser.type(By.id("name"), name);
			this.browser.find(By.cssSelector(".inline-fields button[type=submit]")).click();
			sees(kind + " added.");
			assertThat(this.jdbc.queryForObject("select count(*) from " + table + " where name = ? and active", Integer.class,
					name)).isOne();

			row(name).click();
			String renamed = name + " east";
			this.browser.type(By.id("name"), renamed);
			this.browser.find(By.xpath("//button[text()='Save']")).click();
			sees(kind + " renamed.");
			assertThat(activeNamed(table, renamed)).isTrue();

			row(renamed).click();
			this.browser.find(By.xpath("//button[text()='Make inactive']")).click();
			this.browser.driver().switchTo().alert().accept();
			sees(kind + " made inactive.");
			assertThat(activeNamed(table, renamed)).isFalse();
			this.browser.find(By.xpath("//button[text()='Make active again']")).click();
			sees(kind + " is in use again.");
			assertThat(activeNamed(table, renamed)).isTrue();
		}
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	@Test
	void anAdminChangesAndRetiresASessionType() throws Exception {
		String name = "Slow session " + suffix();
		this.browser.go("/admin/session-types/new");
		this.browser.type(By.id("name"), name);
		this.browser.type(By.id("durationMinutes"), "75");
		this.browser.type(By.id("bufferMinutes"), "10");
		this.browser.find(By.cssSelector("button[type=submit].button-primary")).click();
		sees("Session type added.");

		row(name).click();
		this.browser.type(By.id("durationMinutes"), "80");
		this.browser.choose("active", "true");
		this.browser.find(By.cssSelector("button[type=submit].button-primary")).click();
		sees("Session type saved.");
		assertThat(this.jdbc.queryForMap("select duration_minutes, active from session_type where name = ?", name))
			.containsEntry("duration_minutes", 80)
			.containsEntry("active", false);
		assertThat(row(name).getDomAttribute("class")).contains("is-disabled");
		assertThat(row(name).getText()).contains("Inactive");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	@Test
	void anAdminAddsChangesAndRetiresAnAftercareSuggestion() throws Exception {
		String title = "Evening walk " + suffix();
		this.browser.go("/admin/aftercare");
		this.browser.type(By.id("title"), title);
		this.browser.type(By.id("guidance"), "A slow walk after dinner.");
		this.browser.find(By.xpath("//button[text()='Add the suggestion']")).click();
		sees("Suggestion added.");
		this.browser.screenshot("aftercare-catalogue-tablet-landscape");

		row(title).click();
		this.browser.use(Browser.Screen.PHONE);
		this.browser.screenshot("aftercare-item-phone");
		this.browser.use(Browser.Screen.TABLET_LANDSCAPE);
		this.browser.type(By.id("guidance"), "A slow walk after dinner, without your phone.");
		this.browser.find(By.xpath("//button[text()='Save']")).click();
		sees("Suggestion saved.");
		assertThat(this.jdbc.queryForObject("select guidance from aftercare_item where title = ?", String.class, title))
			.isEqualTo("A slow walk after dinner, without your phone.");

		row(title).click();
		this.browser.find(By.xpath("//button[text()='Stop offering it']")).click();
		sees("No longer offered.");
		assertThat(activeNamed("aftercare_item", title)).isFalse();
		assertThat(row(title).getText()).contains("Not offered");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	private org.openqa.selenium.WebElement row(String name) {
		return this.browser.find(By.xpath("//a[contains(@class,'client-row')][.//strong[text()='" + name + "']]"));
	}

	/** Waits for the page a button leads to, by the notice it opens with, so what follows reads what was saved. */
	private void sees(String notice) {
		this.browser.waitUntil(driver -> driver.findElements(By.cssSelector("[role=status]"))
			.stream()
			.anyMatch(status -> status.getText().startsWith(notice)));
	}

	private boolean activeNamed(String table, String name) {
		String column = table.equals("aftercare_item") ? "title" : "name";
		return this.jdbc.queryForObject("select active from " + table + " where " + column + " = ?", Boolean.class, name);
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

}
