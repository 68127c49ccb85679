package com.holdspace.records;

import java.time.Instant;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.holdspace.client.ClientService;
import com.holdspace.client.ClientView;
import com.holdspace.clinic.ClinicSettings;
import com.holdspace.messaging.MessagingProperties;
import com.holdspace.messaging.Outbox;
import com.holdspace.shared.ClinicTime;
import com.holdspace.staff.PortalAccounts;

/**
 * The email that tells a client their record is ready: that it is, where to sign in for it and
 * until when; nothing of the record itself. Queued with the release, so it exists exactly when the
 * release does.
 */
@Component
class RecordExportEmails {

	static final String RELEASED_KIND = "RECORD_RELEASED";

	private final Outbox outbox;

	private final ClientService clients;

	private final PortalAccounts accounts;

	private final ClinicSettings settings;

	private final MessageSource messages;

	private final MessagingProperties mail;

	private final ClinicTime time;

	private final String publicUrl;

	RecordExportEmails(Outbox outbox, ClientService clients, PortalAccounts accounts, ClinicSettings settings,
			MessageSource messages, MessagingProperties mail, ClinicTime time,
			@Value("${holdspace.public-url:http://localhost:8080}") String publicUrl) {
		this.outbox = outbox;
		this.clients = clients;
		this.accounts = accounts;
		this.settings = settings;
		this.messages = messages;
		this.mail = mail;
		this.time = time;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	/** In the release's transaction; a client without an email is told by the clinic in person. */
	void released(long clientId, Instant downloadableUntil) {
		ClientView client = this.clients.get(clientId);
		if (client.email() == null || client.email().isBlank()) {
			return;
		}
		String how = this.accounts.loginOf(clientId).isPresent()
				? text("records.email.signIn", this.publicUrl + "/me/record", this.time.date(downloadableUntil))
				: text("records.email.noLogin", this.settings.contactLines());
		String body = String.join("\n\n", text("records.email.greeting", client.calledName()),
				text("records.email.body"), how, this.mail.clinicName()) + "\n";
		this.outbox.queue(null, RELEASED_KIND, client.email(), text("records.email.subject"), body, null, null);
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.UK);
	}

}
