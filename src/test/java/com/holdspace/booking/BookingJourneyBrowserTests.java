package com.holdspace.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

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
import com.holdspace.staff.Role;

/** The front desk books from the week view on a tablet, and an overlapping booking is refused. */
@IntegrationTest
class BookingJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	BookingFixtures booking;

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
	void frontDeskBooksAnExtendedSessionFromTheWeekViewAndAnOverlapIsRefusedWithAlternatives() throws Exception {
		long therapist = this.booking.therapist();
		this.booking.room();
		this.fixtures.client("Ingrid Weekview");
		this.fixtures.client("Olu Overlap");
		long extended = this.booking.extended();
		LocalDate tuesday = this.booking.at(2, DayOfWeek.TUESDAY, 10, 0).atZone(ZoneId.of("Europe/London")).toLocalDate();
		this.browser.signIn(this.fixtures.staffMember(Role.FRONT_DESK), Fixtures.PASSWORD);
		this.browser.use(Screen.TABLET_PORTRAIT);

		this.browser.go("/calendar/therapists/" + therapist + "?date=" + tuesday);
		this.browser.find(By.xpath("//nav[contains(@class,'chips')]//a[starts-with(normalize-space(),'Extended session')]"))
			.click();
		this.browser.waitFor(By.cssSelector(".chip[aria-current=page][href*='type=" + extended + "']"));
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		this.browser.screenshot("calendar-week-tablet-portrait");
		this.browser.tapFreeTime("date=" + tuesday, "10:00");

		this.browser.type(By.id("q"), "weekview");
		this.browser.find(By.cssSelector(".search button")).click();
		this.browser.find(By.partialLinkText("Ingrid Weekview")).click();

		assertThat(this.browser.text(By.cssSelector(".readiness"))).contains("Intake missing", "Consent not signed");
		assertThat(this.browser.find(By.cssSelector("input[name=sessionTypeId][value='" + extended + "']")).isSelected())
			.isTrue();
		assertThat(this.browser.find(By.id("time")).getDomProperty("value")).isEqualTo("10:00");
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		this.browser.screenshot("booking-form-tablet-portrait");
		this.browser.find(By.id("book")).click();

		assertThat(this.browser.text(By.cssSelector("[role=status]"))).isEqualTo("Booked.");
		assertThat(this.browser.text(By.id("status"))).isEqualTo("Booked");
		assertThat(this.browser.text(By.cssSelector(".booking-detail .facts"))).contains("Ingrid Weekview",
				"Extended session", "11:45");
		assertThat(this.browser.text(By.cssSelector(".history"))).contains("Booked");
		this.browser.screenshot("booking-page-tablet-portrait");

		// a second client at 11:00 the same day overlaps the extended session and its quiet time
		this.browser.go("/calendar/therapists/" + therapist + "?date=" + tuesday);
		assertThat(this.browser.text(By.cssSelector(".cal-booking.status-BOOKED"))).contains("Ingrid Weekview",
				"Extended session", "10:00–11:30");
		this.browser.go("/bookings/new?q=overlap&therapistId=" + therapist);
		this.browser.find(By.partialLinkText("Olu Overlap")).click();
		this.browser.choose("sessionTypeId", String.valueOf(this.booking.standard()));
		this.browser.setDate(By.id("date"), tuesday.toString());
		this.browser.setDate(By.id("time"), "11:00");
		this.browser.find(By.id("book")).click();

		assertThat(this.browser.text(By.id("taken"))).contains("already booked at that time");
		assertThat(this.browser.driver().findElements(By.cssSelector("#taken button.slot"))).isNotEmpty();
		assertThat(this.browser.text(By.cssSelector("#taken button.slot"))).contains("11:45");
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		this.browser.screenshot("booking-taken-tablet-portrait");
		this.browser.find(By.cssSelector("#taken button.slot")).click();

		assertThat(this.browser.text(By.cssSelector("[role=status]"))).isEqualTo("Booked.");
		assertThat(this.browser.text(By.cssSelector(".booking-detail .facts"))).contains("Olu Overlap");
		this.browser.use(Screen.PHONE);
		this.browser.go("/calendar/therapists/" + therapist + "?date=" + tuesday);
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		this.browser.screenshot("calendar-week-phone");
		this.browser.use(Screen.TABLET_LANDSCAPE);
		this.browser.reload();
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		this.browser.screenshot("calendar-week-tablet-landscape");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

}
