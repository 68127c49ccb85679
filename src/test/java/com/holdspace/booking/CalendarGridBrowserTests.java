package com.holdspace.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.holdspace.Browser;
import com.holdspace.Browser.Screen;
import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.intake.IntakeFixtures;
import com.holdspace.staff.Role;

/**
 * The front desk's calendar as a time grid on a tablet: a column per therapist on a day and per
 * day in a week, bookings sized by their length with their quiet time, a tap on free time to book
 * there, a move mode for touch, and the booking form that offers free times before anything is sent.
 */
@IntegrationTest
class CalendarGridBrowserTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	BookingFixtures booking;

	@Autowired
	IntakeFixtures intakes;

	@Autowired
	JdbcTemplate jdbc;

	private Browser browser;

	private long site;

	private long asha;

	private long bo;

	/** A Tuesday some weeks ahead, whatever day the suite runs on. */
	private LocalDate day;

	@BeforeEach
	void aSiteWithTwoTherapists() throws Exception {
		this.site = this.booking.site("Grid");
		this.booking.roomAt(this.site);
		this.booking.roomAt(this.site);
		this.asha = this.booking.therapistAt(this.site, "Asha Grid");
		this.bo = this.booking.therapistAt(this.site, "Bo Grid");
		this.day = this.booking.at(3, DayOfWeek.TUESDAY, 9, 0).atZone(LONDON).toLocalDate();
		this.browser = Browser.open(this.port);
		this.browser.signIn(this.fixtures.staffMember(Role.FRONT_DESK), Fixtures.PASSWORD);
	}

	@AfterEach
	void closeBrowser() throws Exception {
		this.browser.close();
	}

	@Test
	void theDesksDayHasAColumnPerTherapistWithBookingsSizedByLengthAndATapOnFreeTimeBooksThere() throws Exception {
		long cleo = this.fixtures.client("Cleo Gridblock");
		this.fixtures.client("Dev Gridtap");
		this.booking.book(cleo, this.booking.extended(), this.asha, null, at(10, 0));
		this.booking.book(cleo, this.booking.type("Trial session"), this.bo, null, at(9, 0));

		this.browser.go("/calendar/day?site=" + this.site + "&date=" + this.day);

		assertThat(this.browser.driver().findElements(By.cssSelector(".cal-day-head")))
			.extracting(WebElement::getText)
			.containsExactly("Asha Grid", "Bo Grid");
		Rectangle extended = block(".cal-booking", "Cleo Gridblock", this.asha).getRect();
		Rectangle trial = block(".cal-booking", "Cleo Gridblock", this.bo).getRect();
		double quarter = (trial.height + 1) / 2.0;
		assertThat(quarter).as("a quarter hour is a row of at least 22 px").isGreaterThanOrEqualTo(22);
		assertThat(extended.height + 1.0).as("90 minutes is three times 30").isCloseTo(6 * quarter, within(2.0));
		assertThat((double) extended.y - trial.y).as("10:00 is four rows below 09:00").isCloseTo(4 * quarter, within(2.0));
		WebElement quiet = this.browser.driver()
			.findElements(By.cssSelector(".cal-quiet"))
			.stream()
			.filter(each -> Math.abs(each.getRect().y - (extended.y + extended.height)) <= 2)
			.findFirst()
			.orElseThrow();
		assertThat(quiet.getRect().height + 1.0).as("15 minutes of quiet time after it").isCloseTo(quarter, within(2.0));
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		this.browser.screenshot("calendar-day-tablet-landscape");

		this.browser.tapFreeTime("/calendar/therapists/" + this.bo + "?", "14:30");

		this.browser.waitUntil(driver -> driver.getCurrentUrl().contains("/bookings/new"));
		assertThat(this.browser.driver().getCurrentUrl()).contains("therapistId=" + this.bo, "time=14%3A30");
		this.browser.type(By.id("q"), "Gridtap");
		this.browser.find(By.cssSelector(".search button")).click();
		this.browser.find(By.partialLinkText("Dev Gridtap")).click();
		assertThat(this.browser.find(By.id("time")).getDomProperty("value")).isEqualTo("14:30");
		assertThat(this.browser.find(By.id("date")).getDomProperty("value")).isEqualTo(this.day.toString());
		assertThat(this.browser.find(By.cssSelector("#therapistId option:checked")).getText()).isEqualTo("Bo Grid");
		this.browser.find(By.id("book")).click();
		assertThat(this.browser.text(By.cssSelector("[role=status]"))).isEqualTo("Booked.");

		assertThat(this.jdbc.queryForMap("""
				select b.therapist_id, b.starts_at, t.name from booking b join session_type t on t.id = b.session_type_id
				where b.client_id = (select id from client where legal_name = 'Dev Gridtap' order by id desc limit 1)"""))
			.containsEntry("therapist_id", this.bo)
			.containsEntry("starts_at", Timestamp.from(at(14, 30)))
			.containsEntry("name", "Standard session");
		this.browser.go("/calendar/day?site=" + this.site + "&date=" + this.day);
		assertThat(block(".cal-booking", "Dev Gridtap", this.bo).getText()).contains("14:30–15:30");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	@Test
	void aSessionMovesByTappingAFreeTimeInMoveModeAndConfirmingIt() throws Exception {
		long client = this.fixtures.client("Mo Mover");
		BookingView made = this.booking.book(client, this.booking.standard(), this.asha, null, at(10, 0));
		this.browser.use(Screen.TABLET_PORTRAIT);

		this.browser.go("/bookings/" + made.id());
		this.browser.find(By.id("move-on-calendar")).click();
		this.browser.waitFor(By.id("moving"));
		assertThat(this.browser.text(By.id("moving"))).contains("Mo Mover", "Standard session");
		assertThat(this.browser.driver().findElements(By.cssSelector(".cal-booking.is-moving"))).hasSize(1);
		this.browser.find(By.id("stop-moving")).click();
		this.browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/bookings/" + made.id()));

		this.browser.find(By.id("move-on-calendar")).click();
		this.browser.waitFor(By.id("moving"));
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		this.browser.screenshot("calendar-move-tablet-portrait");
		this.browser.tapFreeTime("/calendar/therapists/" + this.asha + "?date=" + this.day, "10:30");
		this.browser.waitFor(By.id("confirm-move"));
		assertThat(this.browser.text(By.id("confirm-move"))).contains("at 10:30", "Asha Grid");
		this.browser.find(By.cssSelector("#confirm-move a.button")).click();
		this.browser.waitFor(By.id("moving"));
		// its own time counts as free while it moves: half an hour later overlaps where it is now
		this.browser.tapFreeTime("/calendar/therapists/" + this.asha + "?date=" + this.day, "10:30");
		this.browser.waitFor(By.id("confirm-move"));
		assertThat(startOf(made)).as("nothing moves before it is confirmed").isEqualTo(Timestamp.from(at(10, 0)));
		this.browser.screenshot("calendar-move-confirm-tablet-portrait");
		this.browser.find(By.id("confirm-move-button")).click();

		assertThat(this.browser.text(By.cssSelector("[role=status]"))).isEqualTo("The session has moved.");
		assertThat(startOf(made)).isEqualTo(Timestamp.from(at(10, 30)));
		assertThat(this.browser.text(By.cssSelector(".history"))).contains("Moved");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	@Test
	void theWeekIsAGridThatFitsATabletEitherWayAndScrollsInsideItselfOnAPhone() throws Exception {
		long client = this.fixtures.client("Wen Weekgrid");
		this.booking.book(client, this.booking.standard(), this.asha, null, at(11, 0));
		String week = "/calendar/therapists/" + this.asha + "?date=" + this.day;

		for (Screen screen : List.of(Screen.TABLET_LANDSCAPE, Screen.TABLET_PORTRAIT)) {
			this.browser.use(screen);
			this.browser.go(week);
			assertThat(this.browser.driver().findElements(By.cssSelector(".cal-day-head")))
				.as("a column for every day she works")
				.hasSize(7);
			assertThat(this.browser.text(By.cssSelector(".cal-booking"))).contains("11:00–12:00", "Wen Weekgrid");
			assertThat(this.browser.sidewaysOverflow()).as(screen.name()).isEmpty();
			assertThat(this.browser.smallTouchTargets()).as(screen.name()).isEmpty();
			Map<?, ?> grid = (Map<?, ?>) this.browser.driver()
				.executeScript("const s = document.querySelector('.cal-scroll');"
						+ " return {inner: s.scrollWidth, outer: s.clientWidth};");
			assertThat(((Number) grid.get("inner")).intValue()).as("all seven days without scrolling sideways")
				.isLessThanOrEqualTo(((Number) grid.get("outer")).intValue());
			this.browser.screenshot("calendar-week-" + screen.name().toLowerCase().replace('_', '-'));
		}
		this.browser.use(Screen.PHONE);
		this.browser.go(week);
		assertThat(this.browser.sidewaysOverflow()).isEmpty();
		this.browser.screenshot("calendar-week-phone");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	@Test
	void theDeskBooksTheNextFreeExtendedSessionForASuggestedClientInThreeTaps() throws Exception {
		long zara = this.fixtures.client("Zara Suggested");
		this.intakes.completeSuggestingExtended(zara, this.asha);
		this.jdbc.update("update client set preferred_therapist_id = ? where id = ?", this.asha, zara);
		this.browser.go("/clients/" + zara);

		this.browser.find(By.cssSelector(".card-bookings a.button-primary")).click();

		this.browser.waitFor(By.id("next-free"));
		assertThat(this.browser.find(By.cssSelector("input[name=sessionTypeId][value='" + this.booking.extended() + "']"))
			.isSelected()).isTrue();
		assertThat(this.browser.text(By.id("extended-suggested"))).isEqualTo("extended suggested");
		assertThat(this.browser.find(By.cssSelector("#therapistId option:checked")).getText()).isEqualTo("Asha Grid");
		List<WebElement> offered = this.browser.driver().findElements(By.cssSelector("#next-free a.slot"));
		assertThat(offered).as("free times before anything is sent").isNotEmpty();
		assertThat(this.browser.driver().findElements(By.id("taken"))).isEmpty();
		assertThat(this.browser.smallTouchTargets()).isEmpty();
		this.browser.screenshot("booking-form-extended-suggested");

		// another therapist or type shows that choice's free times at once
		new org.openqa.selenium.support.ui.Select(this.browser.find(By.id("therapistId"))).selectByVisibleText("Bo Grid");
		this.browser.waitUntil(driver -> driver.getCurrentUrl().contains("therapistId=" + this.bo)
				&& "Bo Grid".equals(driver.findElement(By.cssSelector("#therapistId option:checked")).getText()));
		this.browser.choose("sessionTypeId", String.valueOf(this.booking.standard()));
		this.browser.waitUntil(driver -> driver.getCurrentUrl().contains("sessionTypeId=" + this.booking.standard()));
		assertThat(this.browser.driver().findElements(By.cssSelector("#next-free a.slot"))).isNotEmpty();
		this.browser.go("/clients/" + zara);

		// the three taps: Book a session, the first free time, Book
		this.browser.find(By.cssSelector(".card-bookings a.button-primary")).click();
		String first = this.browser.text(By.cssSelector("#next-free a.slot strong"));
		this.browser.find(By.cssSelector("#next-free a.slot")).click();
		this.browser.waitFor(By.cssSelector("#next-free a.slot[aria-current=true]"));
		this.browser.find(By.id("book")).click();

		assertThat(this.browser.text(By.cssSelector("[role=status]"))).isEqualTo("Booked.");
		Map<String, Object> made = this.jdbc.queryForMap("""
				select b.therapist_id, b.starts_at, t.name from booking b join session_type t on t.id = b.session_type_id
				where b.client_id = ?""", zara);
		assertThat(made).containsEntry("therapist_id", this.asha).containsEntry("name", "Extended session");
		String booked = java.time.format.DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", java.util.Locale.UK)
			.format(((Timestamp) made.get("starts_at")).toInstant().atZone(LONDON));
		assertThat(first).isEqualTo(booked);
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	/** The block of that kind for the client in the column headed by the therapist. */
	private WebElement block(String kind, String clientName, long therapistId) {
		String column = (String) this.browser.driver()
			.executeScript("return [...document.querySelectorAll('.cal-day-head')]"
					+ ".find(h => h.querySelector('a[href*=\"/calendar/therapists/" + therapistId + "?\"]'))"
					+ ".className.match(/c-[0-9]+/)[0];");
		return this.browser.driver()
			.findElements(By.cssSelector(kind + "." + column))
			.stream()
			.filter(each -> each.getText().contains(clientName))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no block for " + clientName + " in " + column));
	}

	private Timestamp startOf(BookingView booking) {
		return this.jdbc.queryForObject("select starts_at from booking where id = ?", Timestamp.class, booking.id());
	}

	private Instant at(int hour, int minute) {
		return this.booking.at(this.day, hour, minute);
	}

}
