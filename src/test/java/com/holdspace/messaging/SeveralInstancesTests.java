package com.holdspace.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.holdspace.Fixtures;
import com.holdspace.HoldspaceApplication;
import com.holdspace.HttpVisitor;
import com.holdspace.IntegrationTest;
import com.holdspace.SecondFactorCodes;
import com.holdspace.TestClock;
import com.holdspace.TestClockConfiguration;
import com.holdspace.TestDatabase;
import com.holdspace.TestMailConfiguration;
import com.holdspace.booking.BookingView;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.booking.ClinicResources;
import com.holdspace.staff.Role;

/**
 * Two Holdspace instances on one database, as behind a load balancer: a second, complete instance is
 * started beside the test's own. A sign-in made on one is honoured by the other (and a sign-out on
 * one ends it on both), and the reminder job, run by both at once, queues each reminder once.
 */
@IntegrationTest
class SeveralInstancesTests {

	private static ConfigurableApplicationContext second;

	@LocalServerPort
	int port;

	@Autowired
	Reminders reminders;

	@Autowired
	BookingFixtures booking;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SecondFactorCodes codes;

	@Autowired
	ClinicResources resources;

	@BeforeAll
	static void startASecondInstance() {
		TestDatabase.Coordinates database = TestDatabase.coordinates();
		// the second instance leaves the test run's logging as the first set it up
		String logging = System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
		try {
			// the test classes on the class path are scanned too; some want the tests' clock and mail server
			second = new SpringApplicationBuilder(HoldspaceApplication.class, TestClockConfiguration.class,
					TestMailConfiguration.class).profiles("test")
				.properties("server.port=0", "spring.main.register-shutdown-hook=false", "spring.jmx.enabled=false")
				// as arguments, so they win over application.properties: the runtime role, and Flyway as the owner
				.run("--spring.datasource.url=" + database.jdbcUrl(),
						"--spring.datasource.username=" + database.username(),
						"--spring.datasource.password=" + database.password(),
						"--spring.flyway.user=" + TestDatabase.owner().username(),
						"--spring.flyway.password=" + TestDatabase.owner().password());
		}
		finally {
			if (logging == null) {
				System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
			}
			else {
				System.setProperty(LoggingSystem.SYSTEM_PROPERTY, logging);
			}
		}
	}

	/** The second instance made test helpers of its own; the tests' own stay the ones in use. */
	@BeforeEach
	void helpersOfThisInstance() {
		this.codes.useThese();
	}

	@AfterAll
	static void stopTheSecondInstance() {
		if (second != null) {
			second.close();
		}
	}

	@Test
	void aSignInMadeOnOneInstanceIsValidOnTheOtherUntilSignedOutOnEither() throws Exception {
		int otherPort = ((WebServerApplicationContext) second).getWebServer().getPort();
		assertThat(otherPort).isNotEqualTo(this.port);
		HttpVisitor desk = new HttpVisitor(this.port);
		desk.signIn(this.fixtures.staffMember(Role.FRONT_DESK), Fixtures.PASSWORD);
		String session = desk.cookie("SESSION");

		HttpResponse<String> onTheOther = get(otherPort, "/clients", session);
		assertThat(onTheOther.statusCode()).isEqualTo(200);
		assertThat(onTheOther.body()).contains("Sign out");
		assertThat(get(otherPort, "/clients", null).statusCode()).isEqualTo(302);

		HttpVisitor onTheOtherVisitor = HttpVisitor.withCookies(otherPort, desk);
		onTheOtherVisitor.get("/clients");
		assertThat(onTheOtherVisitor.post("/logout", java.util.Map.of()).statusCode()).isEqualTo(302);
		HttpResponse<String> backOnTheFirst = get(this.port, "/clients", session);
		assertThat(backOnTheFirst.statusCode()).isEqualTo(302);
		assertThat(backOnTheFirst.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("/login"));
	}

	@Test
	void aRoomAddedOrRenamedThroughOneInstanceIsShownByTheOtherWithinASecond() throws Exception {
		ClinicResources onTheOther = second.getBean(ClinicResources.class);
		onTheOther.rooms();
		long room = this.booking.room();
		String name = nameOf(this.resources, room);
		assertThat(name).as("on the instance that added it, at once").startsWith("Room ");
		shownWithinASecond(onTheOther, room, name);

		this.jdbc.update("update room set name = ? where id = ?", "Renamed " + name, room);

		assertThat(nameOf(this.resources, room)).as("on the instance that changed it, at once")
			.isEqualTo("Renamed " + name);
		shownWithinASecond(onTheOther, room, "Renamed " + name);
	}

	private static void shownWithinASecond(ClinicResources resources, long room, String name) throws Exception {
		long changed = System.nanoTime();
		while (!name.equals(nameOf(resources, room))) {
			assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - changed))
				.as("the other instance does not show %s yet", name)
				.isLessThan(1000);
			Thread.sleep(20);
		}
	}

	private static String nameOf(ClinicResources resources, long room) {
		return resources.rooms().stream().filter(r -> r.getId() == room).map(r -> r.getName()).findFirst().orElse(null);
	}

	@Test
	void bothInstancesRunningTheReminderJobAtOnceQueueEachReminderOnce() throws Exception {
		long therapist = this.booking.therapist();
		List<BookingView> due = new ArrayList<>();
		for (int start : new int[] { 9, 11, 14 }) {
			BookingView made = this.booking.book(this.fixtures.client("Reminded Twice Over"), this.booking.standard(),
					therapist, this.booking.room(), this.booking.at(5, DayOfWeek.TUESDAY, start, 0));
			this.jdbc.update("update booking set reminder_due_at = " + TestClock.sqlNow()
					+ " - interval '1 minute' where id = ?", made.id());
			due.add(made);
		}
		Reminders onTheOther = second.getBean(Reminders.class);

		for (int round = 0; round < 3; round++) {
			bothAtOnce(this.reminders::run, onTheOther::run);
		}

		for (BookingView reminded : due) {
			assertThat(this.jdbc.queryForObject(
					"select count(*) from outgoing_message where booking_id = ? and kind = 'REMINDER'", Integer.class,
					reminded.id()))
				.as("reminders queued for booking %d", reminded.id())
				.isEqualTo(1);
		}
	}

	private static HttpResponse<String> get(int port, String path, String session) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html");
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void bothAtOnce(Runnable first, Runnable other) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> runs = new ArrayList<>();
			for (Runnable job : List.of(first, other)) {
				runs.add(threads.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					job.run();
					return null;
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
