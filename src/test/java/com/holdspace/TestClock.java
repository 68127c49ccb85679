package com.holdspace;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in tests. It runs like the real one until a test moves it to another
 * moment; from there it keeps running, so "a minute later" still means something. Every test
 * starts on the run's own time again ({@link TestClockReset}).
 * <p>
 * The starting moment is the real time, unless {@value #PROPERTY} (a system property) or
 * {@value #VARIABLE} (an environment variable) names another: an instant
 * ({@code 2026-12-13T23:30:00Z}), a time with an offset, or a local time on the clinic's clock
 * ({@code 2026-12-13T23:30}). Then the run's clock starts at that moment and runs on, so the whole
 * suite
 * can be run on a Sunday night, across a summer-time change or at the turn of the year.
 * PostgreSQL keeps a few guards on its own clock, so choose a moment after the real time.
 */
public final class TestClock extends Clock {

	public static final String PROPERTY = "holdspace.test.now";

	public static final String VARIABLE = "HOLDSPACE_TEST_NOW";

	private static final ZoneId CLINIC = ZoneId.of("Europe/London");

	/** The moment named for the run, if one was: null for the real time. */
	private static final Instant START = startingMoment(System.getProperty(PROPERTY, System.getenv(VARIABLE)));

	/**
	 * How far the run's clock stands from the real time: it starts at the moment named and runs on
	 * from there, so time never goes back between one test and the next.
	 */
	private static final Duration RUN_OFFSET = (START != null) ? Duration.between(Instant.now(), START)
			: Duration.ZERO;

	/**
	 * How far the clock stands from the real time. One for the whole run, so every application
	 * started in it (a second instance too) and every helper that signs someone in agree on "now".
	 */
	private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

	static {
		resetToStart();
	}

	private final ZoneId zone;

	public TestClock() {
		this(ZoneId.of("UTC"));
	}

	private TestClock(ZoneId zone) {
		this.zone = zone;
	}

	/** Now, as the application reads it in this run. */
	public static Instant current() {
		return Instant.now().plus(OFFSET.get());
	}

	/** Now as SQL, for a test that writes a time straight into the database. */
	public static String sqlNow() {
		return "timestamptz '" + current() + "'";
	}

	/** Today on the clinic's calendar, as the application reads it in this run. */
	public static LocalDate today() {
		return LocalDate.ofInstant(current(), CLINIC);
	}

	/** The moment named for this run, or null for the real time. */
	static Instant startingMoment(String named) {
		if (named == null || named.isBlank()) {
			return null;
		}
		String text = named.strip();
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException notWithOffset) {
			return LocalDateTime.parse(text).atZone(CLINIC).toInstant();
		}
	}

	/** From now on the clock reads {@code moment}, then runs on from there. */
	public void moveTo(Instant moment) {
		OFFSET.set(Duration.between(Instant.now(), moment));
	}

	/** Moves the clock on (or back, for a negative amount) from where it reads now. */
	public void moveBy(Duration amount) {
		moveTo(instant().plus(amount));
	}

	/** Back to the run's own time: the real time, or the moment named for the run and the time since. */
	public void reset() {
		resetToStart();
	}

	private static void resetToStart() {
		OFFSET.set(RUN_OFFSET);
	}

	@Override
	public Instant instant() {
		return current();
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	/** A view in another zone that moves with this clock. */
	@Override
	public Clock withZone(ZoneId zone) {
		return new TestClock(zone);
	}

}
