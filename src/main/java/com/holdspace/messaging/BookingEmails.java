package com.holdspace.messaging;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.holdspace.booking.BookingView;
import com.holdspace.shared.ClinicTime;

/**
 * The plain-text emails a client gets about a booking, in calm, plain words. The texts live in
 * messages.properties; dates and times are the clinic's. Nothing clinical and no cancellation reason
 * goes into an email.
 */
@Component
class BookingEmails {

	private static final Locale LOCALE = Locale.UK;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", LOCALE);

	private final MessageSource messages;

	private final ClinicTime clinicTime;

	private final MessagingProperties properties;

	BookingEmails(MessageSource messages, ClinicTime clinicTime, MessagingProperties properties) {
		this.messages = messages;
		this.clinicTime = clinicTime;
		this.properties = properties;
	}

	record Email(String subject, String body) {
	}

	Email compose(MessageKind kind, BookingView booking) {
		String day = day(booking.startsAt());
		String time = this.clinicTime.time(booking.startsAt());
		String key = "mail." + kind.name().toLowerCase(Locale.ROOT);
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(text("mail.greeting", firstWord(booking.clientName())));
		paragraphs.add(text(key + ".intro"));
		paragraphs.add(String.join("\n", text("mail.what", booking.sessionTypeName()),
				text("mail.when", day, time, this.clinicTime.time(booking.endsAt())),
				text("mail.with", firstWord(booking.therapistName())),
				text("mail.where", booking.roomName(), this.properties.clinicName())));
		if (kind == MessageKind.CANCELLATION) {
			paragraphs.add(text("mail.cancellation.again"));
			paragraphs.add(text("mail.cancellation.calendar"));
		}
		else {
			paragraphs.add(text("mail.bring"));
			paragraphs.add(text("mail.aftercare"));
			paragraphs.add(text("mail.change"));
			paragraphs.add(text(key + ".calendar"));
		}
		paragraphs.add(this.properties.clinicName());
		return new Email(text(key + ".subject", day, time), String.join("\n\n", paragraphs) + "\n");
	}

	private String day(Instant instant) {
		return DAY.format(instant.atZone(this.clinicTime.zone()));
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LOCALE);
	}

	/** How a client is greeted and a therapist named in an email: by first name. */
	static String firstWord(String name) {
		if (name == null || name.isBlank()) {
			return "";
		}
		return name.strip().split("\\s+")[0];
	}

}
