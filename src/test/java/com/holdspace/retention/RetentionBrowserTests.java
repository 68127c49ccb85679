package com.holdspace.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
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
 * An admin on a tablet works through the records due: keeps one for now with a reason, disposes of
 * another after typing the client's name (a wrong name first), and places and lifts a legal hold on
 * a client's page. PostgreSQL is checked after every press.
 */
@IntegrationTest
class RetentionBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	RetentionFixtures retention;

	@Autowired
	RetentionReviews reviews;

	@Autowired
	Fixtures fixtures;

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
	void anAdminKeepsOneRecordForNowDisposesOfAnotherAndPlacesAndLiftsALegalHold() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		LocalDate today = TestClock.today();
		String keptName = "Keren Keep " + suffix;
		String goneName = "Görel Gone " + suffix;
		long kept = this.retention.seen(keptName, LocalDate.of(1975, 3, 3), today.minusYears(12), today.minusYears(9));
		long gone = this.retention.seen(goneName, LocalDate.of(1969, 11, 30), today.minusYears(11),
				today.minusYears(10), today.minusYears(9).minusMonths(2));
		long held = this.fixtures.client("Hana Hold " + suffix);
		this.reviews.listDue();
		long keptReview = this.retention.pendingReview(kept);
		long goneReview = this.retention.pendingReview(gone);
		this.browser.signIn(this.fixtures.staffMember(Role.ADMIN), Fixtures.PASSWORD);

		this.browser.find(By.linkText("Retention")).click();
		this.browser.waitFor(By.id("review-" + goneReview));
		assertThat(this.browser.text(By.id("review-" + goneReview))).contains(goneName, "born 30 November 1969",
				"Last session", "Kept until", "8 years have passed since the last contact");
		lookAt("retention-list");

		// keep one for now, with a reason, to come back in six months
		this.browser.find(By.id("keep-" + keptReview)).click();
		this.browser.type(By.id("reason"), "The client asked us to wait while their complaint is open");
		new Select(this.browser.find(By.id("askAgainMonths"))).selectByValue("6");
		lookAt("retention-keep");
		this.browser.find(By.id("keep-confirm")).click();
		assertThat(this.browser.text(By.cssSelector("[role=status]"))).startsWith("Kept for now.");
		Map<String, Object> keptRow = this.jdbc.queryForMap("select * from retention_review where id = ?", keptReview);
		assertThat(keptRow).containsEntry("status", "KEPT")
			.containsEntry("reason", "The client asked us to wait while their complaint is open")
			.containsEntry("ask_again_on", java.sql.Date.valueOf(today.withDayOfMonth(1).plusMonths(6)));
		assertThat(this.browser.driver().findElements(By.id("review-" + keptReview))).isEmpty();

		// dispose of another: a wrong name first, which removes nothing
		this.browser.find(By.id("dispose-" + goneReview)).click();
		this.browser.waitFor(By.id("confirmName"));
		lookAt("retention-dispose");
		this.browser.type(By.id("confirmName"), "Someone Else");
		this.browser.find(By.id("dispose-confirm")).click();
		assertThat(this.browser.text(By.id("confirmName-error"))).startsWith("This is not the client's name");
		assertThat(clientRows(gone)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select status from retention_review where id = ?", String.class, goneReview))
			.isEqualTo("PENDING");
		this.browser.scrollTo(By.id("confirmName"));
		this.browser.screenshot("retention-dispose-wrong-name-tablet-landscape");
		this.browser.type(By.id("confirmName"), "gorel gone " + suffix);
		this.browser.find(By.id("dispose-confirm")).click();
		assertThat(this.browser.text(By.cssSelector("[role=status]"))).isEqualTo("The record was disposed of.");
		assertThat(clientRows(gone)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from session_record where client_id = ?", Integer.class, gone))
			.isZero();
		assertThat(this.jdbc.queryForMap("select rule, review_id from disposed_record where client_id = ?", gone))
			.containsEntry("rule", "ADULT")
			.containsEntry("review_id", goneReview);
		assertThat(this.browser.text(By.id("decision-" + goneReview))).contains("Record " + gone + " disposed of");
		assertThat(this.browser.text(By.id("decision-" + keptReview))).contains("Kept for now: " + keptName,
				"The client asked us to wait");
		lookAt("retention-after");

		// a legal hold on a client's page: placed, then lifted, each with its reason
		this.browser.go("/clients/" + held);
		this.browser.scrollTo(By.id("legal-hold"));
		this.browser.find(By.id("place-legal-hold")).click();
		assertThat(this.browser.text(By.id("legal-hold-reason-error"))).isEqualTo("Please say why.");
		assertThat(holdEvents(held)).isZero();
		this.browser.type(By.id("legal-hold-reason"), "Solicitor's letter: claim 2026/41");
		this.browser.find(By.id("place-legal-hold")).click();
		this.browser.waitFor(By.id("lift-legal-hold"));
		assertThat(this.jdbc.queryForMap("select action, reason from legal_hold_event where client_id = ?", held))
			.containsEntry("action", "PLACED")
			.containsEntry("reason", "Solicitor's letter: claim 2026/41");
		assertThat(this.browser.text(By.id("legal-hold"))).contains("Under a legal hold", "Placed by",
				"Solicitor's letter: claim 2026/41");
		this.browser.scrollTo(By.id("legal-hold"));
		lookAt("retention-legal-hold");
		this.browser.type(By.id("legal-hold-reason"), "The claim was settled");
		this.browser.find(By.id("lift-legal-hold")).click();
		this.browser.waitFor(By.id("place-legal-hold"));
		assertThat(this.jdbc.queryForList("select action from legal_hold_event where client_id = ? order by id",
				String.class, held)).containsExactly("PLACED", "LIFTED");
		assertThat(this.browser.text(By.id("legal-hold-history"))).contains("Lifted by", "The claim was settled");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	@Test
	void anAdminSetsHowLongRecordsAreKeptAndIsToldBesideTheFieldWhatFits() throws Exception {
		this.browser.signIn(this.fixtures.staffMember(Role.ADMIN), Fixtures.PASSWORD);
		this.browser.go("/admin/settings");
		this.browser.type(By.id("retentionAdultYears"), "0");
		this.browser.type(By.id("retentionMinorAge"), "31");
		this.browser.find(By.cssSelector("button[type=submit].button-primary")).click();
		assertThat(this.browser.text(By.id("retentionAdultYears-error"))).isEqualTo("Please choose between 1 and 100 years.");
		assertThat(this.browser.text(By.id("retentionMinorAge-error"))).isEqualTo("Please choose an age between 18 and 30.");
		assertThat(setting("retention-adult-years")).isEqualTo("8");
		this.browser.scrollTo(By.id("retention-settings"));
		lookAt("retention-settings-refused");

		this.browser.type(By.id("retentionAdultYears"), "10");
		this.browser.type(By.id("retentionMinorAge"), "25");
		this.browser.find(By.cssSelector("button[type=submit].button-primary")).click();
		assertThat(this.browser.text(By.cssSelector("[role=status]"))).isEqualTo("Settings saved.");
		assertThat(setting("retention-adult-years")).isEqualTo("10");
		assertThat(setting("retention-minor-age")).isEqualTo("25");
		this.browser.type(By.id("retentionAdultYears"), "8");
		this.browser.find(By.cssSelector("button[type=submit].button-primary")).click();
		// the page before says "Settings saved." too: wait for the save itself
		this.browser.waitUntil(driver -> "8".equals(setting("retention-adult-years")));
		assertThat(setting("retention-adult-years")).isEqualTo("8");
	}

	private String setting(String key) {
		return this.jdbc.queryForObject("select value from clinic_setting where key = ?", String.class, key);
	}

	/** The page as it stands at tablet landscape, portrait and phone size, looked at for fit. */
	private void lookAt(String name) throws Exception {
		assertThat(this.browser.smallTouchTargets()).as(name).isEmpty();
		assertThat(this.browser.sidewaysOverflow()).as(name).isEmpty();
		this.browser.screenshot(name + "-tablet-landscape");
		this.browser.use(Screen.TABLET_PORTRAIT);
		assertThat(this.browser.sidewaysOverflow()).as(name).isEmpty();
		this.browser.screenshot(name + "-tablet-portrait");
		this.browser.use(Screen.PHONE);
		assertThat(this.browser.sidewaysOverflow()).as(name).isEmpty();
		assertThat(this.browser.smallTouchTargets()).as(name).isEmpty();
		this.browser.screenshot(name + "-phone");
		this.browser.use(Screen.TABLET_LANDSCAPE);
	}

	private int clientRows(long client) {
		return this.jdbc.queryForObject("select count(*) from client where id = ?", Integer.class, client);
	}

	private int holdEvents(long client) {
		return this.jdbc.queryForObject("select count(*) from legal_hold_event where client_id = ?", Integer.class, client);
	}

}
