package com.holdspace.messaging;

import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.holdspace.booking.BookingService;
import com.holdspace.booking.BookingView;
import com.holdspace.booking.ReminderClaims;
import com.holdspace.client.ClientService;

/**
 * Sends each session's reminder once, {@code holdspace.booking.reminder-lead} before it starts.
 * Claiming the due bookings and queueing their emails happen in one transaction; the claim skips
 * rows another run holds, and the dedupe key "reminder:&lt;booking&gt;:&lt;start&gt;" makes a second
 * email for the same booking and start impossible. A moved session gets a new reminder.
 */
@Component
class Reminders {

	static final int BATCH = 50;

	private final ReminderClaims claims;

	private final BookingService bookings;

	private final ClientService clients;

	private final BookingEmails emails;

	private final Outbox outbox;

	private final OutgoingMessageRepository messages;

	private final TransactionTemplate transaction;

	Reminders(ReminderClaims claims, BookingService bookings, ClientService clients, BookingEmails emails,
			Outbox outbox, OutgoingMessageRepository messages, PlatformTransactionManager transactions) {
		this.claims = claims;
		this.bookings = bookings;
		this.clients = clients;
		this.emails = emails;
		this.outbox = outbox;
		this.messages = messages;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The scheduled job; on several app instances only one runs it at a time. */
	@Scheduled(fixedDelayString = "${holdspace.mail.reminder-check-interval:PT1M}")
	@SchedulerLock(name = "booking-reminders", lockAtMostFor = "PT10M")
	public void run() {
		int claimed;
		do {
			claimed = queueDue();
		}
		while (claimed == BATCH);
	}

	/** Claims a batch of due reminders and queues their emails; answers how many were claimed. */
	int queueDue() {
		Integer claimed = this.transaction.execute(status -> {
			List<Long> ids = this.claims.claimDue(BATCH);
			ids.forEach(this::queue);
			return ids.size();
		});
		return (claimed != null) ? claimed : 0;
	}

	static String dedupeKey(BookingView booking) {
		return "reminder:" + booking.id() + ":" + booking.startsAt().getEpochSecond();
	}

	private void queue(long bookingId) {
		BookingView booking = this.bookings.view(bookingId);
		String recipient = this.clients.get(booking.clientId()).getEmail();
		String key = dedupeKey(booking);
		// moved away and back to the same start: the client already has this reminder
		if (recipient == null || recipient.isBlank() || this.messages.existsByDedupeKey(key)) {
			return;
		}
		BookingEmails.Email email = this.emails.compose(MessageKind.REMINDER, booking);
		this.outbox.queue(booking.id(), MessageKind.REMINDER.name(), recipient.strip(), email.subject(), email.body(),
				null, key);
	}

}
