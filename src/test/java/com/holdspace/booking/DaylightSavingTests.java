package com.holdspace.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;

/**
 * The clinic works 09:00 to 17:00 on its own clocks, whichever side of a clock change: in the UK
 * the clocks go forward on Sunday 28 March 2027 and back on Sunday 31 October 2027.
 */
@IntegrationTest
class DaylightSavingTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Autowired
	Availability availability;

	@Autowired
	BookingService bookings;

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
		SessionType standard = this.resources.sessionType(this.booking.standard());

		List<Slot> slots = this.availability.freeSlots(therapist, standard, LocalDate.of(2027, 3, 27),
				LocalDate.of(2027, 3, 29), null);

		Instant saturday = firstOn(slots, LocalDate.of(2027, 3, 27));
		Instant sunday = firstOn(slots, LocalDate.of(2027, 3, 28));
		Instant monday = firstOn(slots, LocalDate.of(2027, 3, 29));
		assertThat(saturday).isEqualTo(Instant.parse("2027-03-27T09:00:00Z"));
		assertThat(sunday).isEqualTo(Instant.parse("2027-03-28T08:00:00Z"));
		assertThat(monday).isEqualTo(Instant.parse("2027-03-29T08:00:00Z"));
		// the day of the change has 23 hours
		assertThat(Duration.between(saturday, sunday)).isEqualTo(Duration.ofHours(23));
		// the last start still leaves the session and its quiet time inside 17:00
		assertThat(slots).filteredOn(slot -> slot.startsAt().atZone(LONDON).toLocalDate().equals(LocalDate.of(2027, 3, 28)))
			.last()
			.satisfies(slot -> assertThat(slot.startsAt().atZone(LONDON).toLocalTime()).isEqualTo(LocalTime.of(15, 45)));
	}

	@Test
	void aBookingAfterTheAutumnChangeIsStoredAtTheRightInstantAndReadsBackAtTheSameLocalTime() {
		long therapist = this.booking.therapist();
		long room = this.booking.room();
		long client = this.fixtures.client("Autumn Client");
		Instant before = this.booking.at(LocalDate.of(2027, 10, 30), 10, 0);
		Instant after = this.booking.at(LocalDate.of(2027, 11, 1), 10, 0);

		Booking saturday = this.booking.book(client, this.booking.standard(), therapist, room, before);
		Booking monday = this.booking.book(client, this.booking.standard(), therapist, room, after);

		assertThat(saturday.getStartsAt()).isEqualTo(Instant.parse("2027-10-30T09:00:00Z"));
		assertThat(monday.getStartsAt()).isEqualTo(Instant.parse("2027-11-01T10:00:00Z"));
		assertThat(this.jdbc.queryForList(
				"select to_char(starts_at at time zone 'Europe/London', 'HH24:MI') from booking where id in (?, ?)",
				String.class, saturday.getId(), monday.getId()))
			.containsOnly("10:00");
		List<BookingView> week = this.bookings.forTherapist(therapist, Instant.parse("2027-10-25T00:00:00Z"),
				Instant.parse("2027-11-08T00:00:00Z"));
		assertThat(week).extracting(view -> view.startsAt().atZone(LONDON).toLocalTime())
			.containsExactly(LocalTime.of(10, 0), LocalTime.of(10, 0));
	}

	private static Instant firstOn(List<Slot> slots, LocalDate day) {
		return slots.stream()
			.filter(slot -> slot.startsAt().atZone(LONDON).toLocalDate().equals(day))
			.findFirst()
			.orElseThrow()
			.startsAt();
	}

}
