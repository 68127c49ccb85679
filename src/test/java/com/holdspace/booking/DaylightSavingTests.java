package com.holdspace.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.TestClock;

/**
 * The clinic works 09:00 to 17:00 on its own clocks, whichever side of a clock change. The tests
 * use the next spring and autumn changes in the clinic's zone (in the UK, the last Sundays of
 * March and October), so they never fall into the past.
 */
@IntegrationTest
class DaylightSavingTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Autowired
	Availability availability;

	@Autowired
	BookingViews bookings;

	@Autowired
	BookingFixtures booking;

	@Autowired
	ClinicResources resources;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void freeSlotsStartAtNineOnTheClinicsClockEitherSideOfTheSpringChange() {
		long therapist = this.booking.therapist();
		this.booking.room();
		SessionType standard = this.resources.sessionType(this.booking.standard());
		LocalDate change = nextChange(true);

		List<Slot> slots = this.availability.freeSlots(therapist, standard, change.minusDays(1), change.plusDays(1),
				null);

		Instant before = firstOn(slots, change.minusDays(1));
		Instant on = firstOn(slots, change);
		Instant after = firstOn(slots, change.plusDays(1));
		assertThat(before).isEqualTo(change.minusDays(1).atTime(9, 0).toInstant(ZoneOffset.UTC));
		assertThat(on).isEqualTo(change.atTime(8, 0).toInstant(ZoneOffset.UTC));
		assertThat(after).isEqualTo(change.plusDays(1).atTime(8, 0).toInstant(ZoneOffset.UTC));
		// the day of the change has 23 hours
		assertThat(Duration.between(before, on)).isEqualTo(Duration.ofHours(23));
		// the last start still leaves the session and its quiet time inside 17:00
		assertThat(slots).filteredOn(slot -> slot.startsAt().atZone(LONDON).toLocalDate().equals(change))
			.last()
			.satisfies(slot -> assertThat(slot.startsAt().atZone(LONDON).toLocalTime()).isEqualTo(LocalTime.of(15, 45)));
	}

	@Test
	void aBookingAfterTheAutumnChangeIsStoredAtTheRightInstantAndReadsBackAtTheSameLocalTime() {
		long therapist = this.booking.therapist();
		long room = this.booking.room();
		long client = this.fixtures.client("Autumn Client");
		LocalDate change = nextChange(false);
		Instant before = this.booking.at(change.minusDays(1), 10, 0);
		Instant after = this.booking.at(change.plusDays(1), 10, 0);

		BookingView saturday = this.booking.book(client, this.booking.standard(), therapist, room, before);
		BookingView monday = this.booking.book(client, this.booking.standard(), therapist, room, after);

		assertThat(saturday.startsAt()).isEqualTo(change.minusDays(1).atTime(9, 0).toInstant(ZoneOffset.UTC));
		assertThat(monday.startsAt()).isEqualTo(change.plusDays(1).atTime(10, 0).toInstant(ZoneOffset.UTC));
		assertThat(this.jdbc.queryForList(
				"select to_char(starts_at at time zone 'Europe/London', 'HH24:MI') from booking where id in (?, ?)",
				String.class, saturday.id(), monday.id()))
			.containsOnly("10:00");
		List<BookingView> week = this.bookings.forTherapist(therapist, before.minus(Duration.ofDays(2)),
				after.plus(Duration.ofDays(2)));
		assertThat(week).extracting(view -> view.startsAt().atZone(LONDON).toLocalTime())
			.containsExactly(LocalTime.of(10, 0), LocalTime.of(10, 0));
	}

	/** The day of the next change in the clinic's zone: clocks forward (spring) or back (autumn). */
	private static LocalDate nextChange(boolean forward) {
		ZoneOffsetTransition transition = LONDON.getRules().nextTransition(TestClock.current().plus(Duration.ofDays(2)));
		while (transition.isGap() != forward) {
			transition = LONDON.getRules().nextTransition(transition.getInstant());
		}
		return transition.getDateTimeBefore().toLocalDate();
	}

	private static Instant firstOn(List<Slot> slots, LocalDate day) {
		return slots.stream()
			.filter(slot -> slot.startsAt().atZone(LONDON).toLocalDate().equals(day))
			.findFirst()
			.orElseThrow()
			.startsAt();
	}

}
