package com.holdspace.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.TestClock;
import com.holdspace.booking.BookingEvent;
import com.holdspace.booking.BookingEventKind;
import com.holdspace.booking.BookingService;
import com.holdspace.booking.BookingStatus;
import com.holdspace.booking.BookingView;
import com.holdspace.booking.BookingViews;
import com.holdspace.shared.SecretTokens;

/** A cancellation offers the freed time to the right waiting client, and the link in the email books it once. */
@IntegrationTest
class WaitlistOfferTests {

	private static final LocalTime TEN = LocalTime.of(10, 0);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	WaitlistFixtures waitlist;

	@Autowired
	BookingService bookings;

	@Autowired
	BookingViews bookingViews;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void startFromAnEmptyList() {
		this.waitlist.emptyTheList();
	}

	@Test
	void aCancellationIsOfferedToTheOldestEntryWhoseTypeTherapistAndTimesFitAndNobodyElse() {
		long therapist = this.waitlist.therapist();
		long otherTherapist = this.waitlist.therapist();
		long room = this.waitlist.room();
		long standard = this.waitlist.standard();
		long extended = this.waitlist.type("Extended session").getId();
		Instant start = WaitlistFixtures.daysAhead(8, TEN);
		DayOfWeek day = WaitlistFixtures.dayOf(start);
		long booked = this.fixtures.client("Cancelling Client");
		var booking = this.waitlist.book(booked, standard, therapist, room, start);

		long afternoonsOnly = this.waitlist.entry(this.fixtures.client("Afternoons Only"), standard, therapist, day,
				LocalTime.of(14, 0), LocalTime.of(18, 0));
		long wantsAnother = this.waitlist.morningEntry("Wants Another", standard, otherTherapist, day);
		long wantsLonger = this.waitlist.morningEntry("Wants Longer", extended, therapist, day);
		long wrongDay = this.waitlist.entry(this.fixtures.client("Wrong Day"), standard, therapist, day.plus(1),
				LocalTime.of(9, 0), LocalTime.of(12, 0));
		long alreadyOfferedClient = this.fixtures.client("Already Offered");
		long alreadyOffered = this.waitlist.entry(alreadyOfferedClient, standard, therapist, day, LocalTime.of(9, 0),
				LocalTime.of(12, 0));
		this.waitlist.offer(alreadyOffered, otherTherapist, room, standard, WaitlistFixtures.daysAhead(9, TEN),
				TestClock.current().plus(Duration.ofHours(6)));
		long firstClient = this.fixtures.client("First Fit");
		long first = this.waitlist.entry(firstClient, standard, therapist, day, LocalTime.of(9, 0), LocalTime.of(12, 0));
		long second = this.waitlist.morningEntry("Second Fit", standard, therapist, day);

		this.waitlist.cancel(booking.id());

		assertThat(this.bookingViews.view(booking.id()).status()).isEqualTo(BookingStatus.CANCELLED);
		List<Map<String, Object>> offers = this.waitlist.offersFor(first);
		assertThat(offers).hasSize(1);
		Map<String, Object> offer = offers.get(0);
		assertThat(offer.get("status")).isEqualTo("OPEN");
		assertThat(((Timestamp) offer.get("starts_at")).toInstant()).isEqualTo(start);
		assertThat(offer.get("therapist_id")).isEqualTo(therapist);
		assertThat(offer.get("room_id")).isEqualTo(room);
		assertThat(offer.get("session_type_id")).isEqualTo(standard);
		assertThat(((Timestamp) offer.get("expires_at")).toInstant()).isBefore(start)
			.isBetween(TestClock.current().plus(Duration.ofHours(11)), TestClock.current().plus(Duration.ofHours(12)));
		String token = (String) offer.get("token");
		assertThat(token).matches("[A-Za-z0-9_-]{43}");
		for (long untouched : List.of(afternoonsOnly, wantsAnother, wantsLonger, wrongDay, second)) {
			assertThat(this.waitlist.offersFor(untouched)).isEmpty();
		}
		assertThat(this.waitlist.offersFor(alreadyOffered)).hasSize(1);

		var messages = this.waitlist.messagesTo(this.waitlist.emailOf(firstClient));
		assertThat(messages).hasSize(1);
		assertThat(messages.get(0).get("kind")).isEqualTo("WAITLIST_OFFER");
		assertThat(messages.get(0).get("booking_id")).isNull();
		assertThat(com.holdspace.messaging.MessagingFixtures.queuedLink((String) messages.get(0).get("link")))
			.isEqualTo("http://localhost:8080/offers/" + token);
		assertThat((String) messages.get(0).get("body")).contains("Hello First Fit,")
			.contains("open this link and tap \"Book this time\":\n{{link}}")
			.doesNotContain(token)
			.contains("10:00 to 11:00")
			.contains("Standard session with Test");
		assertThat(this.waitlist.messagesTo(this.waitlist.emailOf(alreadyOfferedClient))).isEmpty();
	}

	@Test
	void aShorterTypeThatFitsTheFreedTimeIsOfferedToAnEntryForAnyTherapist() {
		long therapist = this.waitlist.therapist();
		long room = this.waitlist.room();
		Instant start = WaitlistFixtures.daysAhead(9, LocalTime.of(15, 0));
		var booking = this.waitlist.book(this.fixtures.client("Cancelling Client"), this.waitlist.standard(), therapist,
				room, start);
		long trial = this.waitlist.type("Trial session").getId();
		long anyone = this.waitlist.entry(this.fixtures.client("Any Therapist"), trial, null,
				WaitlistFixtures.dayOf(start), LocalTime.of(14, 0), LocalTime.of(16, 0));
		try {
			this.waitlist.cancel(booking.id());

			assertThat(this.waitlist.offersFor(anyone)).singleElement()
				.satisfies(offer -> assertThat(offer.get("session_type_id")).isEqualTo(trial))
				.satisfies(offer -> assertThat(offer.get("therapist_id")).isEqualTo(therapist));
		}
		finally {
			this.waitlist.remove(anyone);
		}
	}

	@Test
	void anEntryForAnyTherapistIsNotOfferedTimeFreedAtAnotherClinicOfTheChain() {
		long elsewhere = this.jdbc.queryForObject("insert into site (name) values (?) returning id", Long.class,
				"Waitlist elsewhere " + UUID.randomUUID());
		long therapist = this.waitlist.therapist();
		this.jdbc.update("update account set site_id = ? where id = ?", elsewhere, therapist);
		long room = this.jdbc.queryForObject("insert into room (name, site_id) values (?, ?) returning id", Long.class,
				"Elsewhere room " + UUID.randomUUID(), elsewhere);
		Instant start = WaitlistFixtures.daysAhead(10, LocalTime.of(15, 0));
		var booking = this.waitlist.book(this.fixtures.client("Cancelling Elsewhere"), this.waitlist.standard(),
				therapist, room, start);
		// waits for any therapist at the clinic's first site, on the very day and hours freed
		long anyoneHere = this.waitlist.entry(this.fixtures.client("Any Therapist Here"), this.waitlist.standard(),
				null, WaitlistFixtures.dayOf(start), LocalTime.of(14, 0), LocalTime.of(17, 0));
		try {
			this.waitlist.cancel(booking.id());

			assertThat(this.waitlist.offersFor(anyoneHere)).as("time freed at another clinic").isEmpty();
			assertThat(this.waitlist.entryStatus(anyoneHere)).isEqualTo("WAITING");
		}
		finally {
			this.waitlist.remove(anyoneHere);
		}
	}

	@Test
	void aTimeWithAnOpenOfferIsNotOfferedToASecondClientWhenItIsFreedAgain() {
		long therapist = this.waitlist.therapist();
		long room = this.waitlist.room();
		long standard = this.waitlist.standard();
		Instant start = WaitlistFixtures.daysAhead(10, TEN);
		DayOfWeek day = WaitlistFixtures.dayOf(start);
		long first = this.waitlist.morningEntry("First Waiting", standard, therapist, day);
		long second = this.waitlist.morningEntry("Second Waiting", standard, therapist, day);
		this.waitlist.cancel(this.waitlist.book(this.fixtures.client("Booked First"), standard, therapist, room, start).id());
		assertThat(this.waitlist.offersFor(first)).hasSize(1);

		// the front desk books the time by phone and that booking is cancelled too
		this.waitlist.cancel(this.waitlist.book(this.fixtures.client("Booked Second"), standard, therapist, room, start).id());

		assertThat(this.waitlist.offersFor(second)).isEmpty();
		assertThat(this.waitlist.offersFor(first)).hasSize(1);
	}

	@Test
	void openingTheLinkShowsTheOfferWithoutBookingIt() throws Exception {
		var offer = freshOffer(11);

		this.mvc.perform(get("/offers/" + offer.token()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A time has opened up")))
			.andExpect(content().string(containsString("Book this time")))
			.andExpect(content().string(containsString("10:00 to 11:00")))
			.andExpect(content().string(containsString("Standard session")))
			.andExpect(content().string(not(containsString("Waiting Client"))));

		assertThat(this.bookingViews.forClient(offer.clientId())).isEmpty();
		assertThat(this.waitlist.offerStatus(offer.token())).isEqualTo("OPEN");
		assertThat(this.waitlist.entryStatus(offer.entryId())).isEqualTo("WAITING");
	}

	@Test
	void bookingFromTheLinkBooksOnceHoweverOftenItIsTapped() throws Exception {
		var offer = freshOffer(12);

		this.mvc.perform(post("/offers/" + offer.token()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/offers/" + offer.token()));
		this.mvc.perform(post("/offers/" + offer.token()).with(csrf())).andExpect(status().isFound());

		List<BookingView> booked = this.bookingViews.forClient(offer.clientId());
		assertThat(booked).singleElement().satisfies(view -> {
			assertThat(view.status()).isEqualTo(BookingStatus.BOOKED);
			assertThat(view.startsAt()).isEqualTo(offer.startsAt());
			assertThat(view.therapistId()).isEqualTo(offer.therapistId());
		});
		long bookingId = booked.get(0).id();
		List<BookingEvent> history = this.bookingViews.history(bookingId);
		assertThat(history).singleElement().satisfies(event -> {
			assertThat(event.getKind()).isEqualTo(BookingEventKind.BOOKED_FROM_WAITLIST);
			assertThat(event.getActorName()).isEqualTo("Waiting Client (waitlist link)");
		});
		assertThat(this.waitlist.offerStatus(offer.token())).isEqualTo("ACCEPTED");
		assertThat(this.waitlist.entryStatus(offer.entryId())).isEqualTo("BOOKED");
		assertThat(this.jdbc.queryForObject("select booking_id from waitlist_entry where id = ?", Long.class,
				offer.entryId())).isEqualTo(bookingId);
		this.mvc.perform(get("/offers/" + offer.token()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Booked")))
			.andExpect(content().string(not(containsString("Book this time"))));
	}

	@Test
	void whenTwoOffersCoverTheSameTimeTheFirstToBookWinsAndTheOtherIsToldItIsTaken() throws Exception {
		var offer = freshOffer(13);
		long rivalClient = this.fixtures.client("Rival Client");
		long rivalEntry = this.waitlist.entry(rivalClient, this.waitlist.standard(), offer.therapistId(),
				WaitlistFixtures.dayOf(offer.startsAt()), LocalTime.of(9, 0), LocalTime.of(12, 0));
		String rival = this.waitlist.offer(rivalEntry, offer.therapistId(), offer.roomId(), this.waitlist.standard(),
				offer.startsAt(), TestClock.current().plus(Duration.ofHours(2)));

		this.mvc.perform(post("/offers/" + rival).with(csrf())).andExpect(status().isFound());
		this.mvc.perform(post("/offers/" + offer.token()).with(csrf())).andExpect(status().isFound());

		assertThat(this.bookingViews.forClient(rivalClient)).hasSize(1);
		assertThat(this.bookingViews.forClient(offer.clientId())).isEmpty();
		assertThat(this.waitlist.offerStatus(offer.token())).isEqualTo("TAKEN");
		assertThat(this.waitlist.entryStatus(offer.entryId())).isEqualTo("WAITING");
		this.mvc.perform(get("/offers/" + offer.token()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sorry, this time has just been taken")))
			.andExpect(content().string(containsString("You are still on the waitlist")))
			.andExpect(content().string(not(containsString("Book this time"))));
	}

	@Test
	void anExpiredOfferNoLongerBooks() throws Exception {
		var offer = freshOffer(14);
		this.jdbc.update("update waitlist_offer set expires_at = " + TestClock.sqlNow()
				+ " - interval '1 minute' where token_sha256 = ?",
				SecretTokens.sha256(offer.token()));

		this.mvc.perform(get("/offers/" + offer.token()))
			.andExpect(content().string(containsString("This offer has ended")))
			.andExpect(content().string(not(containsString("Book this time"))));
		this.mvc.perform(post("/offers/" + offer.token()).with(csrf())).andExpect(status().isFound());

		assertThat(this.bookingViews.forClient(offer.clientId())).isEmpty();
		assertThat(this.waitlist.offerStatus(offer.token())).isEqualTo("EXPIRED");
		this.mvc.perform(get("/offers/" + offer.token()))
			.andExpect(content().string(containsString("This offer has ended")))
			.andExpect(content().string(containsString("You are still on the waitlist")));
	}

	@Test
	void anOfferForAnEntryTakenOffTheListNoLongerBooks() throws Exception {
		var offer = freshOffer(15);
		this.waitlist.remove(offer.entryId());

		this.mvc.perform(post("/offers/" + offer.token()).with(csrf())).andExpect(status().isFound());

		assertThat(this.bookingViews.forClient(offer.clientId())).isEmpty();
		assertThat(this.waitlist.offerStatus(offer.token())).isEqualTo("EXPIRED");
		this.mvc.perform(get("/offers/" + offer.token()))
			.andExpect(content().string(containsString("This link is no longer open")));
	}

	@Test
	void anUnknownLinkIsNotFound() throws Exception {
		String unknown = SecretTokens.newToken();
		this.mvc.perform(get("/offers/" + unknown)).andExpect(status().isNotFound());
		this.mvc.perform(post("/offers/" + unknown).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(get("/offers/not-a-token")).andExpect(status().isNotFound());
	}

	@Test
	void bookingFromTheLinkNeedsTheFormsCsrfToken() throws Exception {
		var offer = freshOffer(16);
		this.mvc.perform(post("/offers/" + offer.token())).andExpect(status().isForbidden());
		assertThat(this.bookingViews.forClient(offer.clientId())).isEmpty();
	}

	/** A waiting client with an open offer, made the way it is in the clinic: by a cancellation. */
	private Offer freshOffer(int daysAhead) {
		long therapist = this.waitlist.therapist();
		long room = this.waitlist.room();
		long standard = this.waitlist.standard();
		Instant start = WaitlistFixtures.daysAhead(daysAhead, TEN);
		long clientId = this.fixtures.client("Waiting Client");
		long entryId = this.waitlist.entry(clientId, standard, therapist, WaitlistFixtures.dayOf(start),
				LocalTime.of(9, 0), LocalTime.of(12, 0));
		this.waitlist.cancel(this.waitlist.book(this.fixtures.client("Cancelling Client"), standard, therapist, room, start)
			.id());
		String token = (String) this.waitlist.offersFor(entryId).get(0).get("token");
		return new Offer(token, entryId, clientId, therapist, room, start);
	}

	record Offer(String token, long entryId, long clientId, long therapistId, long roomId, Instant startsAt) {
	}

	@Test
	void aSessionMovedAwayOffersTheTimeItLeftButOneMovedByMinutesDoesNot() {
		long therapist = this.waitlist.therapist();
		long room = this.waitlist.room();
		long standard = this.waitlist.standard();
		Instant start = WaitlistFixtures.daysAhead(11, TEN);
		DayOfWeek day = WaitlistFixtures.dayOf(start);
		var moving = this.waitlist.book(this.fixtures.client("Moving Client"), standard, therapist, room, start);
		var nudged = this.waitlist.book(this.fixtures.client("Nudged Client"), standard, therapist, room,
				start.plus(java.time.Duration.ofHours(5)));
		long waiting = this.waitlist.entry(this.fixtures.client("Mornings Waiter"), standard, therapist, day,
				LocalTime.of(9, 0), LocalTime.of(17, 0));
		try {
			// fifteen minutes later still overlaps the old time: nothing comes free
			this.bookings.reschedule(nudged.id(), nudged.version(), therapist, room,
					nudged.startsAt().plus(java.time.Duration.ofMinutes(15)), new com.holdspace.booking.Actor(null, "Desk"));
			assertThat(this.waitlist.offersFor(waiting)).isEmpty();

			this.bookings.reschedule(moving.id(), moving.version(), therapist, room,
					start.plus(java.time.Duration.ofDays(1)), new com.holdspace.booking.Actor(null, "Desk"));

			assertThat(this.waitlist.offersFor(waiting)).singleElement()
				.satisfies(offer -> assertThat(((java.sql.Timestamp) offer.get("starts_at")).toInstant()).isEqualTo(start));
		}
		finally {
			this.waitlist.remove(waiting);
		}
	}

}
