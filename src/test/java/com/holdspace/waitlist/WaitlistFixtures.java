package com.holdspace.waitlist;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.holdspace.Fixtures;
import com.holdspace.TestClock;
import com.holdspace.booking.Actor;
import com.holdspace.booking.Booking;
import com.holdspace.booking.BookingView;
import com.holdspace.booking.BookingRequest;
import com.holdspace.booking.BookingService;
import com.holdspace.booking.BookingViews;
import com.holdspace.booking.ClinicResources;
import com.holdspace.booking.SessionType;
import com.holdspace.shared.SecretTokens;
import com.holdspace.staff.Role;

/**
 * Therapists with working hours, rooms, bookings, waitlist entries and offers for tests. Every
 * test takes its own therapist and room: the database is shared within a run, and PostgreSQL
 * refuses overlapping bookings of one therapist or room.
 */
@Component
public class WaitlistFixtures {

	private static final java.util.regex.Pattern OFFER_LINK = java.util.regex.Pattern.compile("/offers/([A-Za-z0-9_-]{43})");


	public static final ZoneId CLINIC = ZoneId.of("Europe/London");

	private final Fixtures fixtures;

	private final JdbcTemplate jdbc;

	private final BookingService bookings;

	private final BookingViews bookingViews;

	private final ClinicResources resources;

	private final WaitlistService waitlist;

	WaitlistFixtures(Fixtures fixtures, JdbcTemplate jdbc, BookingService bookings, BookingViews bookingViews,
			ClinicResources resources, WaitlistService waitlist) {
		this.fixtures = fixtures;
		this.jdbc = jdbc;
		this.bookings = bookings;
		this.bookingViews = bookingViews;
		this.resources = resources;
		this.waitlist = waitlist;
	}

	/** A therapist who works 08:00 to 20:00 every day; returns their account id. */
	public long therapist() {
		long id = this.fixtures.staffId(this.fixtures.staffMember(Role.THERAPIST));
		for (int day = 1; day <= 7; day++) {
			this.jdbc.update("insert into working_hours (therapist_id, day_of_week, starts, ends) values (?, ?, ?, ?)",
					id, day, java.sql.Time.valueOf(LocalTime.of(8, 0)), java.sql.Time.valueOf(LocalTime.of(20, 0)));
		}
		return id;
	}

	/**
	 * Takes every entry still waiting off the list. Other tests leave entries for "any therapist"
	 * behind, older than this test's, which a freed time would rightly go to first; a test of who is
	 * offered a time starts from an empty list.
	 */
	public void emptyTheList() {
		this.jdbc.update("update waitlist_entry set status = 'REMOVED' where status = 'WAITING'");
	}

	public long room() {
		return this.jdbc.queryForObject("insert into room (name) values (?) returning id", Long.class,
				"Room " + UUID.randomUUID().toString().substring(0, 8));
	}

	/** One of the three session types every clinic starts with: Trial, Standard or Extended. */
	public SessionType type(String name) {
		return this.resources.sessionTypes()
			.stream()
			.filter(type -> type.getName().equals(name))
			.findFirst()
			.orElseThrow();
	}

	public long standard() {
		return type("Standard session").getId();
	}

	/** A day next week (or later) at a local time in the clinic's zone. */
	public static Instant daysAhead(int days, LocalTime time) {
		return ZonedDateTime.of(TestClock.today().plusDays(days), time, CLINIC).toInstant();
	}

	public static DayOfWeek dayOf(Instant instant) {
		return instant.atZone(CLINIC).getDayOfWeek();
	}

	public BookingView book(long clientId, long typeId, long therapistId, long roomId, Instant startsAt) {
		return this.bookings.book(new BookingRequest(UUID.randomUUID(), clientId, typeId, therapistId, roomId, startsAt),
				new Actor(null, "Test front desk"));
	}

	public void cancel(long bookingId) {
		this.bookings.cancel(bookingId, this.bookingViews.view(bookingId).version(), "The client is unwell",
				new Actor(null, "Test front desk"));
	}

	/** Puts the client on the waitlist with one window; {@code therapistId} null means any therapist. */
	public long entry(long clientId, long typeId, Long therapistId, DayOfWeek day, LocalTime from, LocalTime to) {
		return this.waitlist
			.add(clientId, new NewEntry(null, typeId, therapistId, null, List.of(new WaitlistWindow(day, from, to)), ""))
			.getId();
	}

	/** A new client waiting for mornings (09:00 to 12:00) on that day; returns the entry. */
	public long morningEntry(String clientName, long typeId, Long therapistId, DayOfWeek day) {
		return entry(this.fixtures.client(clientName), typeId, therapistId, day, LocalTime.of(9, 0), LocalTime.of(12, 0));
	}

	/** Books the time for a client who then cancels it: the time a waitlist is offered. */
	public void freeTime(long typeId, long therapistId, long roomId, Instant startsAt) {
		cancel(book(this.fixtures.client("Canceller"), typeId, therapistId, roomId, startsAt).id());
	}

	/** An offer written straight into the database, as if a cancellation had made it; returns its token. */
	public String offer(long entryId, long therapistId, long roomId, long typeId, Instant startsAt, Instant expiresAt) {
		String token = SecretTokens.newToken();
		this.jdbc.update("""
				insert into waitlist_offer (entry_id, token_sha256, therapist_id, room_id, session_type_id, starts_at, expires_at)
				values (?, ?, ?, ?, ?, ?, ?)""", entryId, SecretTokens.sha256(token), therapistId, roomId, typeId,
				Timestamp.from(startsAt), Timestamp.from(expiresAt));
		return token;
	}

	/**
	 * Offers made to this entry, oldest first, each with the token of its link as the client got it:
	 * from the email, since Holdspace keeps only its hash.
	 */
	public List<Map<String, Object>> offersFor(long entryId) {
		return withLinks(this.jdbc.queryForList("select * from waitlist_offer where entry_id = ? order by id", entryId));
	}

	/** Offers made to any entry of this client, oldest first, with their links' tokens. */
	public List<Map<String, Object>> offersForClient(long clientId) {
		return withLinks(this.jdbc.queryForList("""
				select o.* from waitlist_offer o join waitlist_entry e on e.id = o.entry_id
				where e.client_id = ? order by o.id""", clientId));
	}

	private List<Map<String, Object>> withLinks(List<Map<String, Object>> offers) {
		offers.forEach(offer -> this.jdbc
			.queryForList("select link from outgoing_message where dedupe_key = ? and link is not null", String.class,
					"waitlist-offer-" + offer.get("id"))
			.stream()
			.map(com.holdspace.messaging.MessagingFixtures::queuedLink)
			.map(OFFER_LINK::matcher)
			.filter(java.util.regex.Matcher::find)
			.findFirst()
			.ifPresent(link -> offer.put("token", link.group(1))));
		return offers;
	}

	public String entryStatus(long entryId) {
		return this.jdbc.queryForObject("select status from waitlist_entry where id = ?", String.class, entryId);
	}

	public String offerStatus(String token) {
		return this.jdbc.queryForObject("select status from waitlist_offer where token_sha256 = ?", String.class,
				SecretTokens.sha256(token));
	}

	/** Emails queued for this address. */
	public List<Map<String, Object>> messagesTo(String recipient) {
		return this.jdbc.queryForList("select * from outgoing_message where recipient = ? order by id", recipient);
	}

	public String emailOf(long clientId) {
		return this.jdbc.queryForObject("select email from client where id = ?", String.class, clientId);
	}

	/** Takes an entry off the list, so a test's "any therapist" entry is not offered another test's slot. */
	public void remove(long entryId) {
		this.waitlist.remove(entryId, this.waitlist.get(entryId).getVersion());
	}

}
