package com.holdspace.messaging;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.holdspace.booking.BookingChanged;
import com.holdspace.booking.BookingEventKind;
import com.holdspace.booking.BookingViews;
import com.holdspace.booking.BookingView;
import com.holdspace.client.ClientService;

/**
 * Queues the client's email when a booking is made, moved or cancelled. It listens inside the
 * transaction that changed the booking, so the email is queued exactly when the change commits.
 * Check-ins and no-shows send nothing; clients without an email address get nothing.
 */
@Component
class BookingMessages {

	private final BookingViews bookings;

	private final ClientService clients;

	private final BookingEmails emails;

	private final BookingCalendar calendar;

	private final Outbox outbox;

	BookingMessages(BookingViews bookings, ClientService clients, BookingEmails emails, BookingCalendar calendar,
			Outbox outbox) {
		this.bookings = bookings;
		this.clients = clients;
		this.emails = emails;
		this.calendar = calendar;
		this.outbox = outbox;
	}

	@EventListener
	void on(BookingChanged change) {
		MessageKind kind = switch (change.kind()) {
			case BOOKED, BOOKED_FROM_WAITLIST, CONFIRMED_ONLINE -> MessageKind.CONFIRMATION;
			case RESCHEDULED -> MessageKind.MOVED;
			case CANCELLED -> MessageKind.CANCELLATION;
			case CHECKED_IN, NO_SHOW -> null;
		};
		if (kind == null) {
			return;
		}
		BookingView booking = this.bookings.view(change.bookingId());
		if (booking.bookedOnline() && (booking.isUnconfirmed() || unconfirmedHoldLapsed(change, booking))) {
			// a new client's hold: the online pages send the link that confirms it, and nothing else
			return;
		}
		String recipient = this.clients.get(booking.clientId()).email();
		if (recipient == null || recipient.isBlank()) {
			return;
		}
		BookingEmails.Email email = this.emails.compose(kind, booking);
		this.outbox.queue(booking.id(), kind.name(), recipient.strip(), email.subject(), email.body(),
				this.calendar.invitation(booking, recipient.strip()), null);
	}

	/** A hold cancelled because its link was never opened: nobody was ever sent the booking. */
	private static boolean unconfirmedHoldLapsed(BookingChanged change, BookingView booking) {
		return change.kind() == BookingEventKind.CANCELLED && booking.unconfirmedUntil() != null;
	}

}
