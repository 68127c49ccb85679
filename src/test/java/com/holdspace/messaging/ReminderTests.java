package com.holdspace.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.booking.Actor;
import com.holdspace.booking.Booking;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.booking.BookingService;

@IntegrationTest
class ReminderTests {

	@Autowired
	Reminders reminders;

	@Autowired
	BookingService bookings;

	@Autowired
	BookingFixtures booking;

	@Autowired
	MessagingFixtures messaging;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	private long therapist;

	@BeforeEach
	void resources() {
		this.therapist = this.booking.therapist();
	}

	@Test
	void twoRunsAtOnceAndALaterOneSendEachDueReminderExactlyOnce() throws Exception {
		List<Booking> due = new ArrayList<>();
		List<String> emails = new ArrayList<>();
		for (int start : new int[] { 9 * 60, 10 * 60 + 30, 12 * 60, 13 * 60 + 30 }) {
			long client = this.fixtures.client("Reminded Client");
			emails.add(this.messaging.emailOf(client));
			due.add(book(client, start));
		}
		long notYet = this.fixtures.client("Later Client");
		Booking later = book(notYet, 15 * 60);
		due.forEach(this::makeReminderDue);

		race(() -> {
			this.reminders.run();
			return null;
		});
		race(() -> this.reminders.queueDue());
		this.reminders.run();
		this.messaging.sendAll();

		for (int i = 0; i < due.size(); i++) {
			Booking reminded = due.get(i);
			assertThat(this.messaging.queuedFor(reminded.getId())).filteredOn(m -> m.getKind().equals("REMINDER"))
				.singleElement()
				.satisfies(m -> assertThat(m.getDedupeKey())
					.isEqualTo("reminder:" + reminded.getId() + ":" + reminded.getStartsAt().getEpochSecond()));
			List<MimeMessage> reminders = reminderMails(emails.get(i));
			assertThat(reminders).hasSize(1);
			assertThat(body(reminders.get(0))).contains("A gentle reminder of your session.");
		}
		assertThat(this.messaging.queuedFor(later.getId())).noneMatch(m -> m.getKind().equals("REMINDER"));
		assertThat(reminderMails(this.messaging.emailOf(notYet))).isEmpty();
		// the job took the lock that keeps a second app instance out while it runs
		assertThat(this.jdbc.queryForObject("select count(*) from shedlock where name = 'booking-reminders'",
				Integer.class)).isEqualTo(1);
	}

	@Test
	void aMovedSessionGetsANewReminderForItsNewTime() throws Exception {
		long client = this.fixtures.client("Moved Client");
		Booking made = book(client, 9 * 60);
		makeReminderDue(made);
		this.reminders.run();

		Booking moved = this.bookings.reschedule(made.getId(), made.getVersion(), this.therapist, made.getRoomId(),
				this.booking.at(4, DayOfWeek.SATURDAY, 13, 0), new Actor(null, "Front desk"));
		makeReminderDue(moved);
		this.reminders.run();
		this.reminders.run();
		this.messaging.sendAll();

		assertThat(this.messaging.queuedFor(made.getId())).filteredOn(m -> m.getKind().equals("REMINDER"))
			.extracting(OutgoingMessage::getDedupeKey)
			.containsExactly("reminder:" + made.getId() + ":" + made.getStartsAt().getEpochSecond(),
					"reminder:" + made.getId() + ":" + moved.getStartsAt().getEpochSecond());
		assertThat(reminderMails(this.messaging.emailOf(client))).hasSize(2);
	}

	@Test
	void aCancelledSessionGetsNoReminder() {
		long client = this.fixtures.client("Cancelled Client");
		Booking made = book(client, 15 * 60);
		makeReminderDue(made);
		this.bookings.cancel(made.getId(), made.getVersion(), "Client asked", new Actor(null, "Front desk"));

		this.reminders.run();

		assertThat(this.messaging.queuedFor(made.getId())).noneMatch(m -> m.getKind().equals("REMINDER"));
	}

	private Booking book(long client, int minuteOfDay) {
		return this.booking.book(client, this.booking.standard(), this.therapist, this.booking.room(),
				this.booking.at(4, DayOfWeek.SATURDAY, minuteOfDay / 60, minuteOfDay % 60));
	}

	/** As if the reminder lead had passed: the session is still ahead, its reminder is due. */
	private void makeReminderDue(Booking made) {
		this.jdbc.update("update booking set reminder_due_at = now() - interval '1 minute' where id = ?", made.getId());
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

	private static String body(MimeMessage mail) throws Exception {
		return String.valueOf(mail.getContent());
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
