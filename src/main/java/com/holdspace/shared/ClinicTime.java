package com.holdspace.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The clinic's own time zone and clock. Times are stored as instants (timestamptz) and shown in
 * this zone, whatever zone the server runs in. The clock is the application's {@link Clock} bean,
 * so a test sets the time instead of rewriting rows. Templates use this as {@code @clinicTime}.
 */
@Component("clinicTime")
public class ClinicTime {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	private final ZoneId zone;

	private final Clock clock;

	private final Map<String, DateTimeFormatter> formatters = new ConcurrentHashMap<>();

	public ClinicTime(@Value("${holdspace.clinic.time-zone:Europe/London}") String zone, Clock clock) {
		this.zone = ZoneId.of(zone);
		this.clock = clock.withZone(this.zone);
	}

	public ZoneId zone() {
		return this.zone;
	}

	/** Now, in the clinic's zone. */
	public Clock clock() {
		return this.clock;
	}

	/** The clinic's calendar day of a moment. */
	public java.time.LocalDate day(Instant instant) {
		return instant.atZone(this.zone).toLocalDate();
	}

	public String time(Instant instant) {
		return (instant != null) ? TIME.format(instant.atZone(this.zone)) : "";
	}

	public String dateTime(Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant.atZone(this.zone)) : "";
	}

	public String date(Instant instant) {
		return (instant != null) ? DATE.format(instant.atZone(this.zone)) : "";
	}

	/**
	 * A date or time written with a pattern, as {@code #temporals.format} would, with the formatter
	 * made once per pattern rather than at every call; templates use this one.
	 */
	public String format(TemporalAccessor value, String pattern) {
		if (value == null) {
			return null;
		}
		return this.formatters
			.computeIfAbsent(pattern, text -> DateTimeFormatter.ofPattern(text, Locale.UK).withZone(this.zone))
			.format(value);
	}

}
