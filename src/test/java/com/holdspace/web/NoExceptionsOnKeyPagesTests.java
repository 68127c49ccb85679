package com.holdspace.web;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.ConfiguredCsrf;
import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.aftercare.AftercareFixtures;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.consent.ConsentFixtures;
import com.holdspace.intake.IntakeFixtures;
import com.holdspace.staff.Role;

/**
 * The pages open all day throw nothing on the way to their HTML: an exception caught and handled
 * by a library still costs a stack trace on every request. The JVM's own flight recorder counts
 * every throwable made on the request's thread while a page is read the second time (the first
 * read warms what is kept in memory).
 */
@IntegrationTest
class NoExceptionsOnKeyPagesTests {

	/** Readings of an expression before SpEL compiles it (SpelCompilerMode.MIXED). */
	private static final int SPEL_COMPILED_AFTER = 100;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	BookingFixtures booking;

	@Autowired
	IntakeFixtures intakes;

	@Autowired
	ConsentFixtures consents;

	@Autowired
	UserDetailsService users;

	@Autowired
	FilterChainProxy security;

	@Autowired
	AftercareFixtures aftercare;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theKeyPagesThrowNoExceptionWhileTheyAreRead() throws Exception {
		ConfiguredCsrf.restore(this.security);
		UserDetails desk = this.users.loadUserByUsername(this.fixtures.staffMember(Role.FRONT_DESK));
		UserDetails admin = this.users.loadUserByUsername(this.fixtures.staffMember(Role.ADMIN));
		String login = this.fixtures.staffMember(Role.THERAPIST);
		long therapistId = this.fixtures.staffId(login);
		this.booking.workEveryDay(therapistId, java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0));
		UserDetails therapist = this.users.loadUserByUsername(login);
		long room = this.booking.room();
		long client = this.fixtures.client("Unexceptional Client");
		this.intakes.complete(client, therapistId);
		this.consents.signTreatment(client, therapistId);
		for (int i = 0; i < 3; i++) {
			this.booking.book(client, this.booking.standard(), therapistId, room,
					this.booking.at(2, DayOfWeek.of(1 + i), 10, 0));
		}
		LocalDate monday = this.booking.at(2, DayOfWeek.MONDAY, 9, 0)
			.atZone(java.time.ZoneId.of("Europe/London"))
			.toLocalDate();

		// a client in treatment: signed sessions, plans with check-ins, a hold with its reasons
		AftercareFixtures.Client treated = this.aftercare.client();
		this.aftercare.signedSession(treated);
		long plan = this.aftercare.handedOverPlan(treated, "Rest and water", LocalDate.of(2030, 1, 1));
		this.jdbc.update("insert into aftercare_check_in (plan_id, token, feeling, words, sent_at) values (?, ?, 2, ?, " + com.holdspace.TestClock.sqlNow() + ")",
				plan, java.util.UUID.randomUUID(), "Tired");
		UserDetails treating = this.users.loadUserByUsername(treated.therapistLogin());
		this.intakes.completeWithReferAndPause(treated.clientId(), this.fixtures.staffId(treated.therapistLogin()));

		List<Page> pages = new ArrayList<>();
		pages.add(new Page("/clients/" + treated.clientId(), treating));
		pages.add(new Page("/clients/" + treated.clientId() + "/sessions", treating));
		pages.add(new Page("/clients/" + client, therapist));
		pages.add(new Page("/clients/" + client, desk));
		pages.add(new Page("/clients?q=Unexceptional", desk));
		pages.add(new Page("/calendar/therapists/" + therapistId + "?view=week&date=" + monday, desk));
		pages.add(new Page("/calendar/therapists/" + therapistId + "?view=week&date=" + monday + "&type="
				+ this.booking.standard(), desk));
		pages.add(new Page("/calendar/rooms/" + room + "?view=week&date=" + monday, desk));
		pages.add(new Page("/calendar/day?date=" + monday, desk));
		pages.add(new Page("/schedule", desk));
		pages.add(new Page("/bookings/new?clientId=" + client, desk));
		pages.add(new Page("/admin/audit", admin));

		Map<String, List<String>> thrown = new LinkedHashMap<>();
		for (Page page : pages) {
			// past the point where Spring compiles a template's expressions (after 100 readings), where one
			// name standing for two types once failed and made a new class every few requests
			int warming = page.path().startsWith("/calendar") ? SPEL_COMPILED_AFTER + 10 : 1;
			for (int i = 0; i < warming; i++) {
				this.mvc.perform(get(page.path()).with(user(page.viewer()))).andExpect(status().isOk());
			}
			List<String> exceptions = exceptionsWhile(
					() -> this.mvc.perform(get(page.path()).with(user(page.viewer()))).andExpect(status().isOk()));
			if (!exceptions.isEmpty()) {
				thrown.put(page.path() + " as " + page.viewer().getUsername(), exceptions);
			}
		}

		assertThat(thrown).as("exceptions thrown while the pages were read:%n%s", describe(thrown)).isEmpty();
	}

	/** Every throwable made on this thread while {@code reading} ran, with where it was made. */
	private static List<String> exceptionsWhile(Reading reading) throws Exception {
		String thread = Thread.currentThread().getName();
		Path file = Files.createTempFile("holdspace-exceptions", ".jfr");
		try {
			try (Recording recording = new Recording()) {
				recording.enable("jdk.JavaExceptionThrow").withStackTrace().with("stackdepth", "256");
				recording.enable("jdk.JavaErrorThrow").withStackTrace();
				recording.start();
				reading.run();
				recording.stop();
				recording.dump(file);
			}
			List<String> found = new ArrayList<>();
			for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
				if (event.getThread() != null && thread.equals(event.getThread().getJavaName())
						&& !fromTheTestHarness(event)) {
					found.add(event.getClass("thrownClass").getName() + ": " + event.getString("message") + " at "
							+ origin(event));
				}
			}
			return found;
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	/** Where the exception came from: the first frames outside the JDK and the first of Holdspace's own. */
	private static String origin(RecordedEvent event) {
		if (event.getStackTrace() == null) {
			return "?";
		}
		List<String> frames = event.getStackTrace()
			.getFrames()
			.stream()
			.map(RecordedFrame::getMethod)
			.map(method -> method.getType().getName() + "." + method.getName())
			.toList();
		List<String> shown = new ArrayList<>(frames.stream()
			.filter(name -> !name.startsWith("java.") && !name.startsWith("jdk.") && !name.startsWith("sun."))
			.limit(3)
			.toList());
		frames.stream().filter(name -> name.startsWith("com.holdspace.")).limit(2).forEach(shown::add);
		return String.join(" < ", shown);
	}

	/** MockMvc's own workings throw and catch on the way; a browser's request meets none of them. */
	private static boolean fromTheTestHarness(RecordedEvent event) {
		return event.getStackTrace() != null && event.getStackTrace()
			.getFrames()
			.stream()
			.map(frame -> frame.getMethod().getType().getName())
			.anyMatch(type -> type.startsWith("org.springframework.test.")
					|| type.startsWith("org.springframework.security.test."));
	}

	private static String describe(Map<String, List<String>> thrown) {
		StringBuilder text = new StringBuilder();
		thrown.forEach((page, exceptions) -> {
			text.append(page).append(": ").append(exceptions.size()).append('\n');
			exceptions.stream().distinct().forEach(line -> text.append("  ").append(line).append('\n'));
		});
		return text.toString();
	}

	private record Page(String path, UserDetails viewer) {
	}

	@FunctionalInterface
	private interface Reading {

		void run() throws Exception;

	}

}
