package com.holdspace.messaging;

import static com.holdspace.messaging.BookingCalendarTests.event;
import static com.holdspace.messaging.BookingCalendarTests.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.TestClock;
import com.holdspace.booking.Actor;
import com.holdspace.booking.Booking;
import com.holdspace.booking.BookingView;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.booking.BookingService;
import com.holdspace.booking.BookingViews;

@IntegrationTest
class BookingEmailTests {

	@Autowired
	BookingService bookings;

	@Autowired
	BookingViews bookingViews;

	@Autowired
	BookingFixtures booking;

	@Autowired
	MessagingFixtures messaging;

	@Autowired
	Fixtures fixtures;

	@Autowired
	OutgoingMessageRepository outgoing;

	@Autowired
	MessagingProperties properties;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Reminders reminders;

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final Actor desk = new Actor(null, "Front desk");

	private long therapist;

	private long room;

	private long client;

	private String clientEmail;

	@BeforeEach
	void resources() {
		this.therapist = this.booking.therapist();
		this.room = this.booking.room();
		this.client = this.fixtures.client("Maya Okafor");
		this.clientEmail = this.messaging.emailOf(this.client);
	}

	@Test
	void aConfirmationArrivesWithAnInvitationForTheBooking() throws Exception {
		Instant ten = this.booking.at(2, DayOfWeek.WEDNESDAY, 10, 0);
		BookingView made = this.booking.book(this.client, this.booking.standard(), this.therapist, this.room, ten);

		this.messaging.sendAll();

		MimeMessage mail = only(this.messaging.mailTo(this.clientEmail));
		assertThat(mail.getFrom()[0].toString()).contains("clinic@holdspace.example");
		assertThat(mail.getSubject()).startsWith("Your session is booked for").contains("10:00");
		String body = text(mail);
		assertThat(body).contains("Hello Maya,")
			.contains("With: Test")
			.contains("Standard session")
			.contains("Where: " + this.bookingViews.view(made.id()).roomName() + ", Holdspace clinic")
			.contains("10:00 to 11:00")
			.contains("quiet time after the session is included");
		Part attachment = MessagingFixtures.calendarPart(mail);
		assertThat(attachment.getFileName()).isEqualTo("invite.ics");
		assertThat(attachment.getContentType()).startsWith("text/calendar").contains("method=REQUEST");
		Calendar ics = MessagingFixtures.parse(attachment.getInputStream());
		assertThat(value(ics, Property.METHOD)).isEqualTo("REQUEST");
		VEvent event = event(ics);
		assertThat(value(event, Property.UID)).isEqualTo(made.calendarUid() + "@holdspace");
		assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
		assertThat(value(event, Property.ATTENDEE)).isEqualToIgnoringCase("mailto:" + this.clientEmail);
		assertThat(this.messaging.queuedFor(made.id())).singleElement().satisfies(message -> {
			assertThat(message.getKind()).isEqualTo("CONFIRMATION");
			assertThat(message.getSentAt()).isNotNull();
		});
	}

	@Test
	void aMovedSessionSendsTheSameEventWithTheNextSequence() throws Exception {
		BookingView made = this.booking.book(this.client, this.booking.standard(), this.therapist, this.room,
				this.booking.at(2, DayOfWeek.THURSDAY, 10, 0));
		Instant later = this.booking.at(2, DayOfWeek.THURSDAY, 14, 30);

		this.bookings.reschedule(made.id(), made.version(), this.therapist, this.room, later, this.desk);
		this.messaging.sendAll();

		List<MimeMessage> mails = this.messaging.mailTo(this.clientEmail);
		assertThat(mails).hasSize(2);
		MimeMessage moved = mails.get(1);
		assertThat(moved.getSubject()).startsWith("Your session has moved to").contains("14:30");
		assertThat(text(moved)).contains("14:30 to 15:30");
		Calendar ics = MessagingFixtures.parse(MessagingFixtures.calendarPart(moved).getInputStream());
		assertThat(value(ics, Property.METHOD)).isEqualTo("REQUEST");
		VEvent event = event(ics);
		assertThat(value(event, Property.UID)).isEqualTo(made.calendarUid() + "@holdspace");
		assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
		assertThat(value(event, Property.DTSTART)).isEqualTo(UTC.format(later));
	}

	@Test
	void aCancelledSessionSendsACancelForTheSameEventWithoutTheReason() throws Exception {
		BookingView made = this.booking.book(this.client, this.booking.standard(), this.therapist, this.room,
				this.booking.at(2, DayOfWeek.FRIDAY, 11, 0));

		this.bookings.cancel(made.id(), made.version(), "Recovering from surgery", this.desk);
		this.messaging.sendAll();

		List<MimeMessage> mails = this.messaging.mailTo(this.clientEmail);
		assertThat(mails).hasSize(2);
		MimeMessage cancelled = mails.get(1);
		assertThat(cancelled.getSubject()).contains("is cancelled");
		assertThat(text(cancelled)).contains("This session is cancelled.").doesNotContain("surgery");
		Part attachment = MessagingFixtures.calendarPart(cancelled);
		assertThat(attachment.getFileName()).isEqualTo("cancel.ics");
		assertThat(attachment.getContentType()).contains("method=CANCEL");
		Calendar ics = MessagingFixtures.parse(attachment.getInputStream());
		assertThat(value(ics, Property.METHOD)).isEqualTo("CANCEL");
		VEvent event = event(ics);
		assertThat(value(event, Property.UID)).isEqualTo(made.calendarUid() + "@holdspace");
		assertThat(Integer.parseInt(value(event, Property.SEQUENCE))).isGreaterThan(0);
		assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
	}

	@Test
	void aClientWithoutEmailIsBookedMovedAndCancelledWithoutAnyEmail() {
		long phoneOnly = this.messaging.clientWithoutEmail("Phone Only");
		BookingView made = this.booking.book(phoneOnly, this.booking.standard(), this.therapist, this.room,
				this.booking.at(3, DayOfWeek.MONDAY, 9, 0));
		BookingView moved = this.bookings.reschedule(made.id(), made.version(), this.therapist, this.room,
				this.booking.at(3, DayOfWeek.MONDAY, 13, 0), this.desk);
		this.bookings.cancel(moved.id(), moved.version(), "Asked by phone", this.desk);

		assertThat(this.bookingViews.history(made.id())).hasSize(3);
		assertThat(this.messaging.queuedFor(made.id())).isEmpty();
	}

	@Test
	void whenTheMailServerIsDownTheEmailStaysQueuedWithItsAttemptsAndGoesOutLater() throws Exception {
		this.messaging.sendAll();
		BookingView made = this.booking.book(this.client, this.booking.standard(), this.therapist, this.room,
				this.booking.at(3, DayOfWeek.TUESDAY, 15, 0));
		OutboxSender down = new OutboxSender(this.outgoing, unreachableMailServer(), this.properties,
				this.transactions, this.reminders, new TestClock());

		assertThat(down.sendDue()).isPositive();

		assertThat(this.messaging.queuedFor(made.id())).singleElement().satisfies(message -> {
			assertThat(message.getSentAt()).isNull();
			assertThat(message.getAttempts()).isEqualTo(1);
			assertThat(message.getLastError()).isNotBlank();
		});
		assertThat(this.messaging.mailTo(this.clientEmail)).isEmpty();

		this.messaging.sendAll();

		assertThat(this.messaging.mailTo(this.clientEmail)).hasSize(1);
		assertThat(this.messaging.queuedFor(made.id())).singleElement().satisfies(message -> {
			assertThat(message.getSentAt()).isNotNull();
			assertThat(message.getAttempts()).isEqualTo(2);
		});
	}

	/** A mail server on a port nobody listens on. */
	private static JavaMailSenderImpl unreachableMailServer() throws IOException {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		try (ServerSocket socket = new ServerSocket(0)) {
			sender.setPort(socket.getLocalPort());
		}
		return sender;
	}

	private static MimeMessage only(List<MimeMessage> mails) {
		assertThat(mails).hasSize(1);
		return mails.get(0);
	}

	private static String text(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain") && part.getFileName() == null) {
			return (String) part.getContent();
		}
		if (part.isMimeType("multipart/*")) {
			var multipart = (jakarta.mail.Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = text(multipart.getBodyPart(i));
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
