package com.holdspace.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.TestClock;

/**
 * An offer the client lets run out stops blocking them, and its time goes to the next client
 * waiting for it.
 */
@IntegrationTest
class WaitlistExpiryTests {

	private static final LocalTime TEN = LocalTime.of(10, 0);

	@Autowired
	Fixtures fixtures;

	@Autowired
	WaitlistFixtures waitlist;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OfferExpiry expiry;

	@BeforeEach
	void startFromAnEmptyList() {
		this.waitlist.emptyTheList();
	}

	@Test
	void aClientWhoLetAnOfferRunOutIsOfferedTheNextCancellationThatFitsThem() {
		long therapist = this.waitlist.therapist();
		long room = this.waitlist.room();
		long standard = this.waitlist.standard();
		Instant firstTime = WaitlistFixtures.daysAhead(8, TEN);
		Instant weekLater = WaitlistFixtures.daysAhead(15, TEN);
		long clientId = this.fixtures.client("Busy Client");
		long entry = this.waitlist.entry(clientId, standard, therapist, WaitlistFixtures.dayOf(firstTime),
				LocalTime.of(9, 0), LocalTime.of(12, 0));
		this.waitlist.cancel(this.waitlist.book(this.fixtures.client("First Canceller"), standard, therapist, room,
				firstTime).id());
		assertThat(this.waitlist.offersFor(entry)).singleElement()
			.satisfies(offer -> assertThat(offer.get("status")).isEqualTo("OPEN"));
		runOut(entry);

		this.waitlist.cancel(this.waitlist.book(this.fixtures.client("Second Canceller"), standard, therapist, room,
				weekLater).id());

		List<Map<String, Object>> offers = this.waitlist.offersFor(entry);
		assertThat(offers).extracting(offer -> offer.get("status")).containsExactly("EXPIRED", "OPEN");
		assertThat(startOf(offers.get(1))).isEqualTo(weekLater);
		assertThat(this.waitlist.messagesTo(this.waitlist.emailOf(clientId))).hasSize(2);
	}

	@Test
	void aTimeFreedAgainAfterAnIgnoredOfferGoesToTheNextClientNotTheOneWhoIgnoredIt() {
		long therapist = this.waitlist.therapist();
		long room = this.waitlist.room();
		long standard = this.waitlist.standard();
		Instant start = WaitlistFixtures.daysAhead(9, TEN);
		DayOfWeek day = WaitlistFixtures.dayOf(start);
		long ignored = this.waitlist.morningEntry("Ignores Email", standard, therapist, day);
		long nextClient = this.fixtures.client("Next In Line");
		long next = this.waitlist.entry(nextClient, standard, therapist, day, LocalTime.of(9, 0), LocalTime.of(12, 0));
		this.waitlist.cancel(this.waitlist.book(this.fixtures.client("First Canceller"), standard, therapist, room, start)
			.id());
		runOut(ignored);

		// the front desk books the time by phone, and that booking is cancelled too
		this.waitlist.cancel(this.waitlist.book(this.fixtures.client("Phone Booking"), standard, therapist, room, start)
			.id());

		assertThat(this.waitlist.offersFor(ignored)).extracting(offer -> offer.get("status"))
			.containsExactly("EXPIRED");
		assertThat(this.waitlist.offersFor(next)).singleElement().satisfies(offer -> {
			assertThat(offer.get("status")).isEqualTo("OPEN");
			assertThat(startOf(offer)).isEqualTo(start);
		});
		assertThat(this.waitlist.messagesTo(this.waitlist.emailOf(nextClient))).hasSize(1);
	}

	@Test
	void theTimeOfAnOfferThatRanOutGoesToTheNextClientAndNeverBackToTheFirst() {
		long therapist = this.waitlist.therapist();
		long room = this.waitlist.room();
		long standard = this.waitlist.standard();
		Instant start = WaitlistFixtures.daysAhead(10, TEN);
		DayOfWeek day = WaitlistFixtures.dayOf(start);
		long firstClient = this.fixtures.client("First In Line");
		long first = this.waitlist.entry(firstClient, standard, therapist, day, LocalTime.of(9, 0), LocalTime.of(12, 0));
		long secondClient = this.fixtures.client("Second In Line");
		long second = this.waitlist.entry(secondClient, standard, therapist, day, LocalTime.of(9, 0),
				LocalTime.of(12, 0));
		this.waitlist.freeTime(standard, therapist, room, start);
		runOut(first);

		this.expiry.run();

		assertThat(this.waitlist.offersFor(first)).extracting(offer -> offer.get("status")).containsExactly("EXPIRED");
		assertThat(this.waitlist.offersFor(second)).singleElement().satisfies(offer -> {
			assertThat(offer.get("status")).isEqualTo("OPEN");
			assertThat(startOf(offer)).isEqualTo(start);
			assertThat(offer.get("therapist_id")).isEqualTo(therapist);
			assertThat(offer.get("room_id")).isEqualTo(room);
			assertThat(offer.get("session_type_id")).isEqualTo(standard);
			assertThat(((Timestamp) offer.get("expires_at")).toInstant()).isAfter(TestClock.current()).isBefore(start);
		});
		assertThat(this.waitlist.messagesTo(this.waitlist.emailOf(secondClient))).hasSize(1);

		this.expiry.run();
		assertThat(this.waitlist.offersFor(second)).hasSize(1);

		runOut(second);
		this.expiry.run();

		assertThat(this.waitlist.offersFor(second)).extracting(offer -> offer.get("status"))
			.containsExactly("EXPIRED");
		assertThat(this.waitlist.offersFor(first)).hasSize(1);
		assertThat(this.waitlist.messagesTo(this.waitlist.emailOf(firstClient))).hasSize(1);
	}

	@Test
	void timeThatHasAlreadyStartedIsNotPassedOn() {
		long therapist = this.waitlist.therapist();
		long room = this.waitlist.room();
		long standard = this.waitlist.standard();
		Instant yesterday = WaitlistFixtures.daysAhead(-1, TEN);
		DayOfWeek day = WaitlistFixtures.dayOf(yesterday);
		long ranOut = this.waitlist.entry(this.fixtures.client("Ran Out"), standard, therapist, day, LocalTime.of(9, 0),
				LocalTime.of(12, 0));
		long next = this.waitlist.morningEntry("Next In Line", standard, therapist, day);
		String token = this.waitlist.offer(ranOut, therapist, room, standard, yesterday, yesterday.minusSeconds(3600));

		this.expiry.run();

		assertThat(this.waitlist.offerStatus(token)).isEqualTo("EXPIRED");
		assertThat(this.waitlist.offersFor(next)).isEmpty();
	}

	@Test
	void anEntryTakenOffTheListMeanwhileIsPassedOver() {
		long therapist = this.waitlist.therapist();
		long room = this.waitlist.room();
		long standard = this.waitlist.standard();
		Instant start = WaitlistFixtures.daysAhead(11, TEN);
		DayOfWeek day = WaitlistFixtures.dayOf(start);
		long first = this.waitlist.morningEntry("First In Line", standard, therapist, day);
		long removed = this.waitlist.morningEntry("Found Another Clinic", standard, therapist, day);
		long third = this.waitlist.morningEntry("Third In Line", standard, therapist, day);
		this.waitlist.freeTime(standard, therapist, room, start);
		runOut(first);
		this.waitlist.remove(removed);

		this.expiry.run();

		assertThat(this.waitlist.offersFor(removed)).isEmpty();
		assertThat(this.waitlist.offersFor(third)).singleElement()
			.satisfies(offer -> assertThat(startOf(offer)).isEqualTo(start));
	}

	@Test
	void anOfferClosedBecauseItsEntryLeftTheListPassesItsTimeOn() {
		long therapist = this.waitlist.therapist();
		long room = this.waitlist.room();
		long standard = this.waitlist.standard();
		Instant start = WaitlistFixtures.daysAhead(12, TEN);
		DayOfWeek day = WaitlistFixtures.dayOf(start);
		long leaving = this.waitlist.morningEntry("Leaving", standard, therapist, day);
		long next = this.waitlist.morningEntry("Next In Line", standard, therapist, day);
		this.waitlist.freeTime(standard, therapist, room, start);
		this.waitlist.remove(leaving);

		this.expiry.run();

		assertThat(this.waitlist.offersFor(next)).singleElement()
			.satisfies(offer -> assertThat(offer.get("status")).isEqualTo("OPEN"));
	}

	@Test
	void timeBookedByPhoneMeanwhileIsNotPassedOn() {
		long therapist = this.waitlist.therapist();
		long room = this.waitlist.room();
		long standard = this.waitlist.standard();
		Instant start = WaitlistFixtures.daysAhead(13, TEN);
		DayOfWeek day = WaitlistFixtures.dayOf(start);
		long first = this.waitlist.morningEntry("First In Line", standard, therapist, day);
		long next = this.waitlist.morningEntry("Next In Line", standard, therapist, day);
		this.waitlist.freeTime(standard, therapist, room, start);
		runOut(first);
		this.waitlist.book(this.fixtures.client("Phoned In"), standard, therapist, room, start);

		this.expiry.run();

		assertThat(this.waitlist.offersFor(next)).isEmpty();
	}

	/** The client lets the entry's open offer run out without answering it. */
	private void runOut(long entryId) {
		this.jdbc.update("""
				update waitlist_offer set expires_at = %s - interval '1 minute'
				where entry_id = ? and status = 'OPEN'""".formatted(TestClock.sqlNow()), entryId);
	}

	private static Instant startOf(Map<String, Object> offer) {
		return ((Timestamp) offer.get("starts_at")).toInstant();
	}

}
