package com.holdspace.messaging;

import java.time.Clock;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues emails. Call it inside the transaction that makes the change the email reports: the
 * message then exists exactly when the change does, and a sender job delivers it afterwards.
 */
@NamedInterface("api")
@Service
public class Outbox {

	private final OutgoingMessageRepository messages;

	private final Clock clock;

	Outbox(OutgoingMessageRepository messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * @param dedupeKey null, or a key that makes a second attempt to queue the same message fail
	 * with a unique violation (a reminder is queued once per booking and start)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public OutgoingMessage queue(Long bookingId, String kind, String recipient, String subject, String body,
			String calendar, String dedupeKey) {
		return this.messages.save(new OutgoingMessage(bookingId, kind, recipient, subject, body, calendar, dedupeKey,
				this.clock.instant()));
	}

	/**
	 * Queues an email that carries a secret link: the body has {@link OutgoingMessage#LINK} where the
	 * link goes, and the link is stored apart from it, encrypted, until the email has been sent.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public OutgoingMessage queueWithLink(String kind, String recipient, String subject, String body, String link,
			String dedupeKey) {
		return this.messages.save(new OutgoingMessage(null, kind, recipient, subject, body, null, dedupeKey, link,
				this.clock.instant()));
	}

}
