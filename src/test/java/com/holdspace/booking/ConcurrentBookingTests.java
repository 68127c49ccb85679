package com.holdspace.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;

/** Many people booking one slot at the same moment: PostgreSQL lets exactly one through. */
@IntegrationTest
class ConcurrentBookingTests {

	private static final int REQUESTS = 24;

	@Autowired
	BookingService bookings;

	@Autowired
	BookingFixtures booking;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void ofManySimultaneousRequestsForOneSlotExactlyOneWins() throws Exception {
		long therapist = this.booking.therapist();
		long room = this.booking.room();
		long type = this.booking.standard();
		Instant slot = this.booking.at(3, DayOfWeek.TUESDAY, 11, 0);
		List<Long> clients = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			clients.add(this.fixtures.client("Racer " + i));
		}
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
		List<Future<Booking>> attempts = new ArrayList<>();
		try {
			for (long client : clients) {
				Callable<Booking> attempt = () -> {
					go.await();
					return this.bookings.book(new BookingRequest(UUID.randomUUID(), client, type, therapist, room, slot),
							new Actor(null, "Desk " + client));
				};
				attempts.add(pool.submit(attempt));
			}
			go.countDown();
			int won = 0;
			List<Throwable> refusals = new ArrayList<>();
			for (Future<Booking> attempt : attempts) {
				try {
					attempt.get();
					won++;
				}
				catch (ExecutionException refused) {
					refusals.add(refused.getCause());
				}
			}

			assertThat(won).isOne();
			assertThat(refusals).hasSize(REQUESTS - 1)
				.allSatisfy(refusal -> assertThat(refusal).isInstanceOf(SlotTakenException.class)
					.hasMessageEndingWith("is already booked at that time"));
			assertThat(this.jdbc.queryForObject(
					"select count(*) from booking where therapist_id = ? and status <> 'CANCELLED'", Integer.class,
					therapist))
				.isOne();
		}
		finally {
			pool.shutdownNow();
		}
	}

}
