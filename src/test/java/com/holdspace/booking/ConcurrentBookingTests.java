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
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.Race;

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
		List<Future<BookingView>> attempts = new ArrayList<>();
		try {
			for (long client : clients) {
				Callable<BookingView> attempt = () -> {
					go.await();
					return this.bookings.book(new BookingRequest(UUID.randomUUID(), client, type, therapist, room, slot),
							new Actor(null, "Desk " + client));
				};
				attempts.add(pool.submit(attempt));
			}
			go.countDown();
			int won = 0;
			List<Throwable> refusals = new ArrayList<>();
			for (Future<BookingView> attempt : attempts) {
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

	@Test
	void ofManySimultaneousRequestsForOneRoomWithDifferentTherapistsExactlyOneWins() throws Exception {
		long room = this.booking.room();
		long type = this.booking.standard();
		Instant slot = this.booking.at(3, DayOfWeek.WEDNESDAY, 14, 0);
		List<Callable<BookingView>> requests = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			long therapist = this.booking.therapist();
			long client = this.fixtures.client("Room racer " + i);
			requests.add(() -> this.bookings.book(new BookingRequest(UUID.randomUUID(), client, type, therapist, room, slot),
					new Actor(null, "Desk")));
		}

		List<Object> outcomes = Race.run(requests);

		assertThat(outcomes).as(described(outcomes)).filteredOn(BookingView.class::isInstance).hasSize(1);
		assertThat(outcomes).as(described(outcomes)).filteredOn(SlotTakenException.class::isInstance)
			.hasSize(19)
			.allSatisfy(refusal -> assertThat(((SlotTakenException) refusal).getTaken())
				.isEqualTo(SlotTakenException.Resource.ROOM));
	}

	@Test
	void twoTherapistsBookedAtOnceIntoAnyFreeRoomBothGetOne() throws Exception {
		long type = this.booking.standard();
		Instant slot = this.booking.at(3, DayOfWeek.THURSDAY, 9, 0);
		this.booking.room();
		this.booking.room();
		List<Callable<BookingView>> requests = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			long therapist = this.booking.therapist();
			long client = this.fixtures.client("Any room " + i);
			requests.add(() -> this.bookings.book(new BookingRequest(UUID.randomUUID(), client, type, therapist, null, slot),
					new Actor(null, "Desk")));
		}

		List<Object> outcomes = Race.run(requests);

		assertThat(outcomes).as(described(outcomes)).allMatch(BookingView.class::isInstance);
		assertThat(outcomes).extracting(outcome -> ((BookingView) outcome).roomId()).doesNotHaveDuplicates();
	}

	/** What each call came to, so a failure says which refusal came instead of the expected one. */
	private static String described(List<Object> outcomes) {
		return outcomes.stream()
			.map(outcome -> (outcome instanceof Throwable refusal)
					? refusal.getClass().getSimpleName() + ": " + refusal.getMessage() : "booked")
			.collect(Collectors.joining("\n", "outcomes:\n", ""));
	}

}
