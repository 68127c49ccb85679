package com.holdspace.waitlist;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.holdspace.shared.ClinicTime;

/** An offered time in the words a client reads in an email or on their phone, in the clinic's zone. */
@Component
class SlotWords {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	private final ClinicTime clinicTime;

	private final MessageSource messages;

	SlotWords(ClinicTime clinicTime, MessageSource messages) {
		this.clinicTime = clinicTime;
		this.messages = messages;
	}

	/** "Tuesday 12 May 2026" */
	String day(Instant instant) {
		return DAY.format(instant.atZone(this.clinicTime.zone()));
	}

	/** "10:00 to 11:00" */
	String span(Instant from, Instant to) {
		return text("waitlist.words.span", time(from), time(to));
	}

	/** "14:30 on Monday 11 May 2026" */
	String moment(Instant instant) {
		return text("waitlist.words.moment", time(instant), day(instant));
	}

	String text(String code, Object... args) {
		return this.messages.getMessage(code, args, Locale.UK);
	}

	private String time(Instant instant) {
		return TIME.format(instant.atZone(this.clinicTime.zone()));
	}

	/** A client is told only the therapist's first name. */
	static String firstName(String displayName) {
		if (displayName == null || displayName.isBlank()) {
			return "";
		}
		return displayName.strip().split("\\s+")[0];
	}

}
