package com.holdspace.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.holdspace.booking.BookingViews;
import com.holdspace.booking.BookingStatus;
import com.holdspace.booking.BookingView;
import com.holdspace.booking.ReminderClaims;
import com.holdspace.client.ClientService;

/**
 * Sends each session's reminder once, {@code holdspace.booking.reminder-lead} before it starts, with
 * the same calendar invitation as the confirmation (the booking's UID and current SEQUENCE), so the
 * client's calendar keeps one event.
 * <p>
 * Each booking is claimed and its email queued in a transaction of its own: a booking whose reminder
 * cannot be queued is logged, stays due and is tried again on the next run, and the others still go.
 * The claim skips rows another run holds, and the dedupe key "reminder:&lt;booking&gt;:&lt;start&gt;"
 * makes a second email for the same booking and start impossible. A moved session gets a new reminder.
 * <p>
 * A queued reminder may wait (the mail server is down) while the session is cancelled or moved;
 * {@link #noLongerApplies} tells the sender not to send it then.
 */
@Component
class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	static final int BATCH = 50;

	private static final String KEY_PREFIX = "reminder:";

	private final ReminderClaims claims;

	private final BookingViews bookings;

	private final ClientService clients;

	private final BookingEmails emails;

	private final BookingCalendar calendar;

	private final Outbox outbox;

	private final OutgoingMessageRepository messages;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Reminders(ReminderClaims claims, BookingViews bookings, ClientService clients, BookingEmails emails,
			BookingCalendar calendar, Outbox outbox, OutgoingMessageRepository messages,
			PlatformTransactionManager transactions, Clock clock) {
		this.clock = clock;
		this.claims = claims;
		this.bookings = bookings;
		this.clients = clients;
		this.emails = emails;
		this.calendar = calendar;
		this.outbox = outbox;
		this.messages = messages;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The scheduled job; on several app instances only one runs it at a time. */
	@Scheduled(fixedDelayString = "${holdspace.mail.reminder-check-interval:PT1M}")
	@SchedulerLock(name = "booking-reminders", lockAtMostFor = "PT10M")
	public void run() {
		queueDue();
	}

	/**
	 * Claims every due reminder and queues its email, one booking per transaction; answers how many
	 * this run claimed. A booking that failed, or that another run is claiming, is passed over for the
	 * rest of this run, so one failing booking never stops the run or blocks the bookings after it.
	 */
	int queueDue() {
		Set<Long> passedOver = new HashSet<>();
		int claimed = 0;
		List<Long> due;
		do {
			due = this.claims.due(BATCH + passedOver.size())
				.stream()
				.filter(id -> !passedOver.contains(id))
				.limit(BATCH)
				.toList();
			for (long bookingId : due) {
				if (claimAndQueue(bookingId)) {
					claimed++;
				}
				else {
					passedOver.add(bookingId);
				}
			}
		}
		while (due.size() == BATCH);
		return claimed;
	}

	private boolean claimAndQueue(long bookingId) {
		try {
			return Boolean.TRUE.equals(this.transaction.execute(status -> {
				if (!this.claims.claim(bookingId)) {
					return false;
				}
				queue(bookingId);
				return true;
			}));
		}
		catch (RuntimeException failure) {
			log.warn("The reminder for booking {} could not be queued; it stays due and is tried again on the next run",
					bookingId, failure);
			return false;
		}
	}

	static String dedupeKey(BookingView booking) {
		return KEY_PREFIX + booking.id() + ":" + booking.startsAt().getEpochSecond();
	}

	private void queue(long bookingId) {
		BookingView booking = this.bookings.view(bookingId);
		String recipient = this.clients.get(booking.clientId()).email();
		String key = dedupeKey(booking);
		// moved away and back to the same start: the client already has this reminder
		if (recipient == null || recipient.isBlank() || this.messages.existsByDedupeKey(key)) {
			return;
		}
		BookingEmails.Email email = this.emails.compose(MessageKind.REMINDER, booking);
		this.outbox.queue(booking.id(), MessageKind.REMINDER.name(), recipient.strip(), email.subject(), email.body(),
				this.calendar.invitation(booking, recipient.strip()), key);
	}

	/**
	 * Why a queued reminder must not be sent any more, or null while it still applies: its session is
	 * still booked, still starts at the time the reminder names (the start in its dedupe key), has
	 * not started, and has not changed since (the SEQUENCE of its invitation). Any change since was
	 * told to the client by its own email; an old reminder would only contradict it.
	 */
	String noLongerApplies(OutgoingMessage reminder) {
		if (reminder.getBookingId() == null) {
			return "No longer applies: the reminder names no booking";
		}
		BookingView booking = this.bookings.view(reminder.getBookingId());
		if (booking.status() != BookingStatus.BOOKED) {
			return "No longer applies: the session is " + booking.status().name().toLowerCase(Locale.ROOT)
					.replace('_', ' ');
		}
		Instant remindedStart = startIn(reminder.getDedupeKey());
		if (remindedStart != null && !remindedStart.equals(booking.startsAt())) {
			return "No longer applies: the session moved from " + remindedStart + " to " + booking.startsAt();
		}
		if (!booking.startsAt().isAfter(this.clock.instant())) {
			return "No longer applies: the session has already started";
		}
		Integer sequence = (reminder.getCalendar() != null) ? BookingCalendar.sequenceOf(reminder.getCalendar())
				: null;
		if (sequence != null && sequence != booking.calendarSequence()) {
			return "No longer applies: the session changed after this reminder was queued";
		}
		return null;
	}

	/** The start a dedupe key "reminder:&lt;booking&gt;:&lt;epoch second&gt;" names, or null. */
	static Instant startIn(String dedupeKey) {
		if (dedupeKey == null || !dedupeKey.startsWith(KEY_PREFIX)) {
			return null;
		}
		String[] parts = dedupeKey.split(":");
		if (parts.length != 3) {
			return null;
		}
		try {
			return Instant.ofEpochSecond(Long.parseLong(parts[2]));
		}
		catch (NumberFormatException notAKey) {
			return null;
		}
	}

}
