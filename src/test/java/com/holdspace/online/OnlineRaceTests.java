package com.holdspace.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.Race;
import com.holdspace.booking.Actor;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.booking.BookingRequest;
import com.holdspace.booking.BookingService;
import com.holdspace.booking.SlotTakenException;
import com.holdspace.shared.Refused;

/** One time asked for twenty ways at once, online by new clients and at the desk: exactly one gets it. */
@IntegrationTest
class OnlineRaceTests {

	private static final int EACH_WAY = 10;

	@Autowired
	OnlineBooking online;

	@Autowired
	BookingService bookings;

	@Autowired
	BookingFixtures booking;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void ofTwentyRequestsForOneTimeOnlineAndAtTheDeskExactlyOneWins() throws Exception {
		long site = this.booking.site("Race " + UUID.randomUUID().toString().substring(0, 8));
		long room = this.booking.roomAt(site);
		long therapist = this.booking.therapistAt(site, "Rowan Raced");
		var trial = this.online.offeredType(this.booking.type("Trial session"));
		Instant start = this.booking.at(3, DayOfWeek.WEDNESDAY, 11, 0);
		List<Callable<String>> requests = new ArrayList<>();
		for (int i = 0; i < EACH_WAY; i++) {
			String email = "racer" + i + "." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
			NewClient person = new NewClient("Online Racer " + i, email, "+44 7700 900200", LocalDate.of(1985, 3, 1),
					"Kim Contact", "Friend", "+44 7700 900201");
			requests.add(() -> {
				this.online.hold(person, trial, therapist, start, UUID.randomUUID());
				return "online";
			});
			long client = this.fixtures.client("Desk Racer " + i);
			requests.add(() -> {
				this.bookings.book(new BookingRequest(UUID.randomUUID(), client, trial.id(), therapist, room, start),
						new Actor(null, "Desk"));
				return "desk";
			});
		}

		List<Object> outcomes = Race.run(requests);

		String described = outcomes.stream().map(String::valueOf).collect(Collectors.joining("\n"));
		assertThat(outcomes).as(described).filteredOn(String.class::isInstance).hasSize(1);
		// the losers are told the time is taken: by PostgreSQL's refusal, or, online, by the page's own
		// check that the time is still free when it is already someone's
		assertThat(outcomes).as(described)
			.filteredOn(outcome -> outcome instanceof SlotTakenException
					|| (outcome instanceof Refused refused && refused.codes().equals(List.of("online.refused.taken"))))
			.hasSize(2 * EACH_WAY - 1);
		assertThat(this.jdbc.queryForObject("select count(*) from booking where therapist_id = ? and status <> 'CANCELLED'",
				Integer.class, therapist)).isOne();
	}

}
