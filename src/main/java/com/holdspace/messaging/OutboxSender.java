package com.holdspace.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued emails. Each message is locked, sent and marked in a transaction of its own, so a
 * failure touches only that message: it stays queued with its attempts and last error and is tried
 * again later, each wait twice the one before. When the mail server is down this logs and carries on.
 * A reminder is checked just before it goes out: one whose session was cancelled, moved or has
 * started while it waited is not sent, and is never tried again (see {@link Reminders#noLongerApplies}).
 */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private static final int ERROR_LENGTH = 500;

	private final OutgoingMessageRepository messages;

	private final JavaMailSender mail;

	private final MessagingProperties properties;

	private final TransactionTemplate transaction;

	private final Reminders reminders;

	private final Clock clock;

	OutboxSender(OutgoingMessageRepository messages, JavaMailSender mail, MessagingProperties properties,
			PlatformTransactionManager transactions, Reminders reminders, Clock clock) {
		this.clock = clock;
		this.messages = messages;
		this.mail = mail;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.reminders = reminders;
	}

	/** The scheduled job; on several app instances only one runs it at a time. */
	@Scheduled(fixedDelayString = "${holdspace.mail.send-interval:PT15S}")
	@SchedulerLock(name = "outbox-sender", lockAtMostFor = "PT10M")
	public void run() {
		sendDue();
	}

	/** Tries up to one batch of due messages, each once; answers how many were tried. */
	int sendDue() {
		long after = 0;
		int tried = 0;
		int failed = 0;
		String firstError = null;
		double retrySeconds = this.properties.retryAfter().toMillis() / 1000.0;
		while (tried < this.properties.batchSize()) {
			long cursor = after;
			Outcome outcome = this.transaction.execute(status -> this.messages
				.lockNextDue(cursor, this.properties.maxAttempts(), retrySeconds, this.clock.instant())
				.map(this::deliver)
				.orElse(null));
			if (outcome == null) {
				break;
			}
			tried++;
			after = outcome.messageId();
			if (outcome.error() != null) {
				failed++;
				firstError = (firstError != null) ? firstError : outcome.error();
			}
		}
		if (failed > 0) {
			log.warn("{} of {} emails could not be sent; they stay queued and are tried again later. First error: {}",
					failed, tried, firstError);
		}
		return tried;
	}

	private record Outcome(long messageId, String error) {
	}

	private Outcome deliver(OutgoingMessage message) {
		try {
			if (MessageKind.REMINDER.name().equals(message.getKind())) {
				String reason = this.reminders.noLongerApplies(message);
				if (reason != null) {
					message.withdrawn(reason, this.properties.maxAttempts());
					log.info("Reminder {} for booking {} not sent. {}", message.getId(), message.getBookingId(),
							reason);
					return new Outcome(message.getId(), null);
				}
			}
			this.mail.send(mime(message));
			message.sent(this.clock.instant());
			return new Outcome(message.getId(), null);
		}
		catch (MessagingException | RuntimeException failure) {
			String error = describe(failure);
			message.failed(error);
			return new Outcome(message.getId(), error);
		}
	}

	private MimeMessage mime(OutgoingMessage message) throws MessagingException {
		MimeMessage mime = this.mail.createMimeMessage();
		boolean withCalendar = message.getCalendar() != null;
		MimeMessageHelper helper = new MimeMessageHelper(mime, withCalendar, StandardCharsets.UTF_8.name());
		helper.setFrom(this.properties.fromAddress());
		helper.setTo(message.getRecipient());
		helper.setSubject(message.getSubject());
		helper.setText(message.textToSend(), false);
		if (withCalendar) {
			String method = BookingCalendar.methodOf(message.getCalendar());
			String fileName = "CANCEL".equals(method) ? "cancel.ics" : "invite.ics";
			helper.addAttachment(fileName,
					new ByteArrayDataSource(message.getCalendar().getBytes(StandardCharsets.UTF_8),
							"text/calendar; method=" + method + "; charset=UTF-8"));
		}
		// no out-of-office replies to an automatic message
		mime.setHeader("Auto-Submitted", "auto-generated");
		return mime;
	}

	private static String describe(Exception failure) {
		StringBuilder text = new StringBuilder();
		for (Throwable cause = failure; cause != null && text.length() < ERROR_LENGTH; cause = cause.getCause()) {
			if (!text.isEmpty()) {
				text.append(" <- ");
			}
			text.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
		}
		return (text.length() > ERROR_LENGTH) ? text.substring(0, ERROR_LENGTH) : text.toString();
	}

}
