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

import com.holdspace.Browser;
import com.holdspace.Browser.Screen;
import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;

/** An admin opens a staff account and then disables it, on a tablet. */
@IntegrationTest
class AdminJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	StaffService staffService;

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

}
