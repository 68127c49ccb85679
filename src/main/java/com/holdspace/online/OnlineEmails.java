package com.holdspace.online;

import java.time.Instant;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.holdspace.booking.BookingView;
import com.holdspace.clinic.ClinicSettings;
import com.holdspace.messaging.MessagingProperties;
import com.holdspace.messaging.Outbox;
import com.holdspace.messaging.OutgoingMessage;
import com.holdspace.shared.ClinicTime;

/** The emails a visitor gets after asking for a time online. Nothing clinical goes into either. */
@Component
class OnlineEmails {

	static final String CONFIRM_KIND = "ONLINE_CONFIRM";

	static final String CALL_KIND = "ONLINE_CALL";

	private final Outbox outbox;

	private final MessageSource messages;

	private final MessagingProperties mail;

	private final ClinicSettings settings;

	private final ClinicTime clinicTime;

	private final String publicUrl;

	OnlineEmails(Outbox outbox, MessageSource messages, MessagingProperties mail, ClinicSettings settings,
			ClinicTime clinicTime, @Value("${holdspace.public-url:http://localhost:8080}") String publicUrl) {
		this.outbox = outbox;
		this.messages = messages;
		this.mail = mail;
		this.settings = settings;
		this.clinicTime = clinicTime;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	/** The link that confirms a held time; it is stored apart from the body, encrypted, until sent. */
	void confirmLink(String email, String name, BookingView held, String token, Instant until) {
		String body = String.join("\n\n", text("online.email.greeting", firstName(name)),
				text("online.email.confirm.body", held.sessionTypeName(), this.clinicTime.date(held.startsAt()),
						this.clinicTime.time(held.startsAt())),
				text("online.email.confirm.link", OutgoingMessage.LINK, this.clinicTime.time(until)),
				text("online.email.ignore"), this.mail.clinicName()) + "\n";
		this.outbox.queueWithLink(CONFIRM_KIND, email.strip(), text("online.email.confirm.subject"), body,
				this.publicUrl + "/book/confirm/" + token, null);
	}

	/** For a client the clinic needs to speak to before booking touch: its number, and no reason. */
	void callTheClinic(String email, String name) {
		String body = String.join("\n\n", text("online.email.greeting", firstName(name)),
				text("online.email.call.body"), this.settings.contactLines(), this.mail.clinicName()) + "\n";
		this.outbox.queue(null, CALL_KIND, email.strip(), text("online.email.call.subject"), body, null, null);
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.UK);
	}

	/** How a client is greeted and a therapist named to a client: by first name. */
	static String firstName(String name) {
		return (name == null || name.isBlank()) ? "" : name.strip().split("\\s+")[0];
	}

}
