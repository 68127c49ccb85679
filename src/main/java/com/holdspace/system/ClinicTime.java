package com.holdspace.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The clinic's own time zone. Times are stored as instants (timestamptz) and shown in this zone,
 * whatever zone the server runs in. Templates use it as {@code @clinicTime}.
 */
@Component("clinicTime")
public class ClinicTime {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

	private final ZoneId zone;

	ClinicTime(@Value("${holdspace.clinic.time-zone:Europe/London}") String zone) {
		this.zone = ZoneId.of(zone);
	}

	public ZoneId zone() {
		return this.zone;
	}

	public Clock clock() {
		return Clock.system(this.zone);
	}

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	public String time(Instant instant) {
		return (instant != null) ? TIME.format(instant.atZone(this.zone)) : "";
	}

	public String dateTime(Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant.atZone(this.zone)) : "";
	}

}
