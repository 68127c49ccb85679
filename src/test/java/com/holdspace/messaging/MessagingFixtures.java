package com.holdspace.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.holdspace.Fixtures;
import com.holdspace.client.ClientDetails;
import com.holdspace.client.ClientService;
import com.holdspace.client.ContactMethod;
import com.holdspace.client.EmergencyContact;
import com.holdspace.staff.Role;

/** Therapists who can sign in, clients with or without email, the outbox and the mail that arrived. */
@Component
public class MessagingFixtures {

	private final Fixtures fixtures;

	private final ClientService clients;

	private final JdbcTemplate jdbc;

	private final OutboxSender sender;

	private final OutgoingMessageRepository messages;

	private final GreenMail greenMail;

	private final CalendarFeeds feeds;

	MessagingFixtures(Fixtures fixtures, ClientService clients, JdbcTemplate jdbc, OutboxSender sender,
			OutgoingMessageRepository messages, GreenMail greenMail, CalendarFeeds feeds) {
		this.fixtures = fixtures;
		this.clients = clients;
		this.jdbc = jdbc;
		this.sender = sender;
		this.messages = messages;
		this.greenMail = greenMail;
		this.feeds = feeds;
	}

	/** A therapist working every day from 09:00 to 17:00; answers the login email. */
	public String therapistLogin() {
		String email = this.fixtures.staffMember(Role.THERAPIST);
		long id = this.fixtures.staffId(email);
		for (DayOfWeek day : DayOfWeek.values()) {
			this.jdbc.update("insert into working_hours (therapist_id, day_of_week, starts, ends) values (?, ?, ?, ?)", id,
					day.getValue(), LocalTime.of(9, 0), LocalTime.of(17, 0));
		}
		return email;
	}

	/** A client who gave a phone number only. */
	public long clientWithoutEmail(String legalName) {
		var details = new ClientDetails(legalName, null, null, LocalDate.of(1979, 3, 2), "+44 7700 900777", null,
				ContactMethod.PHONE, null, null,
				List.of(new EmergencyContact("Ash Contact", "Sibling", "+44 7700 900778")));
		return this.clients.create(UUID.randomUUID(), details);
	}

	public String emailOf(long clientId) {
		return this.clients.get(clientId).email();
	}

	/** A calendar feed for the therapist; answers its token. */
	public String feedFor(long therapistId) {
		return this.feeds.renew(therapistId);
	}

	/**
	 * The secret link a waiting email carries, as it will go out: stored encrypted beside the body
	 * (column {@code link}) until the email is sent, then dropped; null when there is none.
	 */
	public static String queuedLink(String stored) {
		return (stored != null) ? com.holdspace.shared.FieldCipher.get().decrypt(stored, "outgoing_message") : null;
	}

	/** Runs the sender until nothing due is left, as the scheduled job would over time. */
	public void sendAll() {
		for (int run = 0; run < 1000 && this.sender.sendDue() > 0; run++) {
			// keep going
		}
	}

	List<OutgoingMessage> queuedFor(long bookingId) {
		return this.messages.findByBookingIdOrderByIdAsc(bookingId);
	}

	/** The emails GreenMail received for this address, oldest first. */
	public List<MimeMessage> mailTo(String address) {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : this.greenMail.getReceivedMessages()) {
			try {
				Address[] to = message.getRecipients(MimeMessage.RecipientType.TO);
				if (to != null && Arrays.stream(to)
					.anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address))) {
					found.add(message);
				}
			}
			catch (MessagingException broken) {
				throw new IllegalStateException(broken);
			}
		}
		return found;
	}

	/** The .ics attachment of an email, or null when it has none. */
	public static Part calendarPart(Part part) throws MessagingException, IOException {
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				Part found = calendarPart(child);
				if (found != null) {
					return found;
				}
			}
			return null;
		}
		return (part.getFileName() != null && part.getFileName().endsWith(".ics")) ? part : null;
	}

	/** Parses iCalendar text the way a calendar app would, with ical4j's own parser. */
	public static Calendar parse(InputStream ics) {
		try {
			return new CalendarBuilder().build(ics);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		catch (ParserException bad) {
			throw new AssertionError("Not valid iCalendar: " + bad.getMessage(), bad);
		}
	}

	public static Calendar parse(String ics) {
		return parse(new java.io.ByteArrayInputStream(ics.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

}
