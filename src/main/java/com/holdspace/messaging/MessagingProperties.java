package com.holdspace.messaging;

import java.time.Duration;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.modulith.NamedInterface;

/**
 * Email settings a clinic may tune in {@code application.properties}. The SMTP server itself is
 * configured with Spring Boot's {@code spring.mail.*}.
 *
 * @param from who emails and calendar invitations come from, e.g.
 * {@code Holdspace clinic <clinic@holdspace.example>}; its name is also the clinic's name in them
 * @param batchSize how many emails one run of the sender job sends at most
 * @param maxAttempts after this many failed attempts an email is no longer tried; it stays in
 * {@code outgoing_message} with its last error. A reminder that no longer applies (its session was
 * cancelled or moved before it went out) is set to this many attempts at once, with a last error
 * starting "No longer applies"
 * @param retryAfter the wait before the first retry; each further retry waits twice as long
 */
@NamedInterface("api")
@ConfigurationProperties("holdspace.mail")
public record MessagingProperties(@DefaultValue("Holdspace clinic <clinic@holdspace.example>") String from,
		@DefaultValue("20") int batchSize, @DefaultValue("12") int maxAttempts,
		@DefaultValue("15s") Duration retryAfter) {

	public MessagingProperties {
		fromAddress(from);
	}

	/** The from-address, refused at start-up when it is not a valid address. */
	public InternetAddress fromAddress() {
		return fromAddress(this.from);
	}

	/** The name part of the from-address, or "Holdspace" when it has none. */
	public String clinicName() {
		String name = fromAddress().getPersonal();
		return (name != null && !name.isBlank()) ? name : "Holdspace";
	}

	private static InternetAddress fromAddress(String from) {
		try {
			InternetAddress address = new InternetAddress(from, true);
			address.validate();
			return address;
		}
		catch (AddressException bad) {
			throw new IllegalArgumentException("holdspace.mail.from is not a valid email address: " + from, bad);
		}
	}

}
