package com.holdspace.messaging;

import static com.holdspace.messaging.BookingCalendarTests.event;
import static com.holdspace.messaging.BookingCalendarTests.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.TestClock;
import com.holdspace.booking.Actor;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.booking.BookingService;
import com.holdspace.booking.BookingView;
import com.holdspace.booking.BookingViews;
import com.holdspace.booking.ReminderClaims;
import com.holdspace.client.ClientService;
import com.holdspace.shared.ClinicTime;

@IntegrationTest
class ReminderTests {

	@Autowired
	Reminders reminders;

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
	JdbcTemplate jdbc;

	@Autowired
	MessagingProperties properties;

	@Autowired
	MessageSource messageSource;

	@Autowired
	ClinicTime clinicTime;

	@Autowired
	ReminderClaims claims;

	@Autowired
	ClientService clients;

	@Autowired
	BookingCalendar calendar;

	@Autowired
	Outbox outbox;

	@Autowired
	OutgoingMessageRepository outgoing;

	@Autowired
	PlatformTransactionManager transactions;

	private long therapist;

	@BeforeEach
	void resources() {
		this.therapist = this.booking.therapist();
	}

	@Test
	void twoRunsAtOnceAndALaterOneSendEachDueReminderExactlyOnce() throws Exception {
		List<BookingView> due = new ArrayList<>();
		List<String> emails = new ArrayList<>();
		for (int start : new int[] { 9 * 60, 10 * 60 + 30, 12 * 60, 13 * 60 + 30 }) {
			long client = this.fixtures.client("Reminded Client");
			emails.add(this.messaging.emailOf(client));
			due.add(book(client, start));
		}
		long notYet = this.fixtures.client("Later Client");
		BookingView later = book(notYet, 15 * 60);
		due.forEach(this::makeReminderDue);

		race(() -> {
			this.reminders.run();
			return null;
		});
		race(() -> this.reminders.queueDue());
		this.reminders.run();
		this.messaging.sendAll();

		for (int i = 0; i < due.size(); i++) {
			BookingView reminded = due.get(i);
			assertThat(this.messaging.queuedFor(reminded.id())).filteredOn(m -> m.getKind().equals("REMINDER"))
				.singleElement()
				.satisfies(m -> assertThat(m.getDedupeKey())
					.isEqualTo("reminder:" + reminded.id() + ":" + reminded.startsAt().getEpochSecond()));
			List<MimeMessage> reminders = reminderMails(emails.get(i));
			assertThat(reminders).hasSize(1);
			assertThat(body(reminders.get(0))).contains("A gentle reminder of your session.");
		}
		assertThat(this.messaging.queuedFor(later.id())).noneMatch(m -> m.getKind().equals("REMINDER"));
		assertThat(reminderMails(this.messaging.emailOf(notYet))).isEmpty();
		// the job took the lock that keeps a second app instance out while it runs
		assertThat(this.jdbc.queryForObject("select count(*) from shedlock where name = 'booking-reminders'",
				Integer.class)).isEqualTo(1);
	}

	@Test
	void aMovedSessionGetsANewReminderForItsNewTime() throws Exception {
		long client = this.fixtures.client("Moved Client");
		BookingView made = book(client, 9 * 60);
		makeReminderDue(made);
		this.reminders.run();
		this.messaging.sendAll();

		BookingView moved = this.bookings.reschedule(made.id(), made.version(), this.therapist, made.roomId(),
				this.booking.at(4, DayOfWeek.SATURDAY, 13, 0), new Actor(null, "Front desk"));
		makeReminderDue(moved);
		this.reminders.run();
		this.reminders.run();
		this.messaging.sendAll();

		assertThat(this.messaging.queuedFor(made.id())).filteredOn(m -> m.getKind().equals("REMINDER"))
			.extracting(OutgoingMessage::getDedupeKey)
			.containsExactly("reminder:" + made.id() + ":" + made.startsAt().getEpochSecond(),
					"reminder:" + made.id() + ":" + moved.startsAt().getEpochSecond());
		assertThat(reminderMails(this.messaging.emailOf(client))).hasSize(2);
	}

	@Test
	void aCancelledSessionGetsNoReminder() {
		long client = this.fixtures.client("Cancelled Client");
		BookingView made = book(client, 15 * 60);
		makeReminderDue(made);
		this.bookings.cancel(made.id(), made.version(), "Client asked", new Actor(null, "Front desk"));

		this.reminders.run();

		assertThat(this.messaging.queuedFor(made.id())).noneMatch(m -> m.getKind().equals("REMINDER"));
	}

	@Test
	void aReminderQueuedBeforeTheSessionWasCancelledIsNeverSentAndSaysWhy() throws Exception {
		long client = this.fixtures.client("Cancelled Later Client");
		BookingView made = book(client, 10 * 60 + 30);
		makeReminderDue(made);
		// queued while the mail server is down, say; then the session is cancelled
		this.reminders.run();
		this.bookings.cancel(made.id(), made.version(), "Client asked", new Actor(null, "Front desk"));

		this.messaging.sendAll();
		this.messaging.sendAll();

		List<MimeMessage> mails = this.messaging.mailTo(this.messaging.emailOf(client));
		assertThat(mails).extracting(MimeMessage::getSubject)
			.noneMatch(subject -> subject.startsWith("A reminder"))
			.anyMatch(subject -> subject.contains("is cancelled"));
		assertThat(reminderRow(made)).satisfies(reminder -> {
			assertThat(reminder.getSentAt()).isNull();
			assertThat(reminder.getLastError()).isEqualTo("No longer applies: the session is cancelled");
			assertThat(reminder.getAttempts()).isEqualTo(this.properties.maxAttempts());
		});
	}

	@Test
	void aReminderQueuedBeforeTheSessionMovedIsNeverSentButTheNewTimeGetsItsOwn() throws Exception {
		long client = this.fixtures.client("Moved Later Client");
		BookingView made = book(client, 9 * 60);
		makeReminderDue(made);
		this.reminders.run();
		Instant newStart = this.booking.at(4, DayOfWeek.SATURDAY, 14, 0);
		BookingView moved = this.bookings.reschedule(made.id(), made.version(), this.therapist, made.roomId(),
				newStart, new Actor(null, "Front desk"));
		makeReminderDue(moved);
		this.reminders.run();

		this.messaging.sendAll();

		List<MimeMessage> reminders = reminderMails(this.messaging.emailOf(client));
		assertThat(reminders).singleElement()
			.satisfies(mail -> assertThat(mail.getSubject()).contains("14:00").doesNotContain("09:00"));
		assertThat(this.messaging.queuedFor(made.id())).filteredOn(m -> m.getKind().equals("REMINDER"))
			.satisfiesExactly(old -> {
				assertThat(old.getDedupeKey()).endsWith(":" + made.startsAt().getEpochSecond());
				assertThat(old.getSentAt()).isNull();
				assertThat(old.getLastError()).startsWith("No longer applies: the session moved from");
			}, current -> {
				assertThat(current.getDedupeKey()).endsWith(":" + newStart.getEpochSecond());
				assertThat(current.getSentAt()).isNotNull();
				assertThat(current.getLastError()).isNull();
			});
	}

	@Test
	void aReminderCarriesTheBookingsInvitationWithItsCurrentSequence() throws Exception {
		long client = this.fixtures.client("Invited Client");
		BookingView made = book(client, 12 * 60);
		BookingView moved = this.bookings.reschedule(made.id(), made.version(), this.therapist, made.roomId(),
				this.booking.at(4, DayOfWeek.SATURDAY, 15, 30), new Actor(null, "Front desk"));
		makeReminderDue(moved);

		this.reminders.run();
		this.messaging.sendAll();

		MimeMessage reminder = reminderMails(this.messaging.emailOf(client)).get(0);
		assertThat(body(reminder)).contains("The attached invitation keeps the session in your calendar.");
		Part attachment = MessagingFixtures.calendarPart(reminder);
		assertThat(attachment.getFileName()).isEqualTo("invite.ics");
		assertThat(attachment.getContentType()).contains("method=REQUEST");
		Calendar ics = MessagingFixtures.parse(attachment.getInputStream());
		assertThat(value(ics, Property.METHOD)).isEqualTo("REQUEST");
		VEvent event = event(ics);
		BookingView current = this.bookingViews.view(made.id());
		assertThat(current.calendarSequence()).isEqualTo(1);
		assertThat(value(event, Property.UID)).isEqualTo(current.calendarUid() + "@holdspace");
		assertThat(value(event, Property.SEQUENCE)).isEqualTo(String.valueOf(current.calendarSequence()));
		assertThat(value(event, Property.DTSTART))
			.isEqualTo(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
				.withZone(ZoneOffset.UTC)
				.format(current.startsAt()));
	}

	@Test
	void aReminderThatCannotBeQueuedHoldsUpNoOtherAndIsTriedAgainOnTheNextRun() throws Exception {
		long early = this.fixtures.client("Early Client");
		long broken = this.fixtures.client("Unlucky Client");
		long late = this.fixtures.client("Late Client");
		BookingView first = book(early, 9 * 60);
		BookingView failing = book(broken, 10 * 60 + 30);
		BookingView last = book(late, 12 * 60);
		List.of(first, failing, last).forEach(this::makeReminderDue);
		// the failing booking is the longest due, so it comes first in the run
		this.jdbc.update("update booking set reminder_due_at = " + TestClock.sqlNow() + " - interval '1 hour' where id = ?",
				failing.id());
		BookingEmails cannotWriteOne = new BookingEmails(this.messageSource, this.clinicTime, this.properties) {
			@Override
			Email compose(MessageKind kind, BookingView booking) {
				if (booking.id() == failing.id()) {
					throw new IllegalStateException("No words for this booking");
				}
				return super.compose(kind, booking);
			}
		};
		Reminders failingOnce = new Reminders(this.claims, this.bookingViews, this.clients, cannotWriteOne, this.calendar,
				this.outbox, this.outgoing, this.transactions, new TestClock());

		failingOnce.run();
		this.messaging.sendAll();

		assertThat(reminderMails(this.messaging.emailOf(early))).hasSize(1);
		assertThat(reminderMails(this.messaging.emailOf(late))).hasSize(1);
		assertThat(reminderMails(this.messaging.emailOf(broken))).isEmpty();
		assertThat(this.jdbc.queryForObject("select reminder_sent_at from booking where id = ?", java.sql.Timestamp.class, failing.id())).isNull();

		this.reminders.run();
		this.messaging.sendAll();

		assertThat(reminderMails(this.messaging.emailOf(broken))).hasSize(1);
		assertThat(reminderMails(this.messaging.emailOf(early))).hasSize(1);
		assertThat(reminderMails(this.messaging.emailOf(late))).hasSize(1);
	}

	private OutgoingMessage reminderRow(BookingView made) {
		List<OutgoingMessage> rows = this.messaging.queuedFor(made.id())
			.stream()
			.filter(m -> m.getKind().equals("REMINDER"))
			.toList();
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

	private BookingView book(long client, int minuteOfDay) {
		return this.booking.book(client, this.booking.standard(), this.therapist, this.booking.room(),
				this.booking.at(4, DayOfWeek.SATURDAY, minuteOfDay / 60, minuteOfDay % 60));
	}

	/** As if the reminder lead had passed: the session is still ahead, its reminder is due. */
	private void makeReminderDue(BookingView made) {
		this.jdbc.update("update booking set reminder_due_at = " + TestClock.sqlNow() + " - interval '1 minute' where id = ?",
				made.id());
	}

	private List<MimeMessage> reminderMails(String address) {
		return this.messaging.mailTo(address).stream().filter(mail -> {
			try {
				return mail.getSubject().startsWith("A reminder");
			}
			catch (jakarta.mail.MessagingException broken) {
				throw new IllegalStateException(broken);
			}
		}).toList();
	}

	/** The plain text of an email, also when an invitation is attached. */
	private static String body(Part part) throws Exception {
		if (part.isMimeType("text/plain") && part.getFileName() == null) {
			return (String) part.getContent();
		}
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = body(multipart.getBodyPart(i));
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Runs the same work on two threads released at the same moment. */
	private static void race(Callable<?> work) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(threads.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					return work.call();
				}));
			}
			for (Future<?> run : runs) {
				run.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

}
