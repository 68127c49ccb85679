package com.holdspace.messaging;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.mail.internet.InternetAddress;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.stereotype.Component;

import com.holdspace.booking.BookingView;

/**
 * Bookings as iCalendar (RFC 5545) text. Invitations follow iTIP (RFC 5546): a REQUEST for a new or
 * moved session and a CANCEL for a cancelled one, all with the booking's lifelong UID and its
 * SEQUENCE, so the client's calendar updates the one event instead of adding another. Nothing
 * clinical goes into a calendar: calendars sync to other companies' clouds.
 */
@Component
class BookingCalendar {

	static final String PRODUCT = "-//Holdspace//Bookings 1.0//EN";

	private static final String UID_DOMAIN = "@holdspace";

	private static final Duration FEED_REFRESH = Duration.ofHours(1);

	private final MessagingProperties properties;

	private final Clock clock;

	BookingCalendar(MessagingProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/** The UID of a booking's event, the same for its whole life. */
	static String uid(BookingView booking) {
		return booking.calendarUid() + UID_DOMAIN;
	}

	/** The iTIP method an invitation for this booking carries: CANCEL once it is cancelled. */
	static Method method(BookingView booking) {
		return booking.isCancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST;
	}

	/** The METHOD of an iCalendar text, e.g. "REQUEST" or "CANCEL"; null when it has none. */
	static String methodOf(String ics) {
		for (String line : ics.split("\r?\n")) {
			if (line.startsWith("METHOD:")) {
				return line.substring("METHOD:".length()).strip();
			}
		}
		return null;
	}

	/** The SEQUENCE of the event in an iCalendar text; null when it has none. */
	static Integer sequenceOf(String ics) {
		for (String line : ics.split("\r?\n")) {
			if (line.startsWith("SEQUENCE:")) {
				try {
					return Integer.valueOf(line.substring("SEQUENCE:".length()).strip());
				}
				catch (NumberFormatException notANumber) {
					return null;
				}
			}
		}
		return null;
	}

	/**
	 * The invitation sent to the client: METHOD:REQUEST for a booked, moved or reminded session,
	 * METHOD:CANCEL with STATUS:CANCELLED for a cancelled one.
	 */
	String invitation(BookingView booking, String attendeeEmail) {
		Calendar calendar = calendar(method(booking));
		VEvent event = event(booking, booking.sessionTypeName(),
				booking.roomName() + ", " + this.properties.clinicName());
		InternetAddress from = this.properties.fromAddress();
		event.add(new Organizer(new ParameterList(List.of(new Cn(this.properties.clinicName()))),
				mailto(from.getAddress())));
		event.add(new Attendee(new ParameterList(List.of(Role.REQ_PARTICIPANT, PartStat.NEEDS_ACTION, Rsvp.FALSE)),
				mailto(attendeeEmail)));
		event.add(booking.isCancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		calendar.add(event);
		return text(calendar);
	}

	/**
	 * A therapist's subscription feed (METHOD:PUBLISH). Clients appear by their initials only;
	 * cancelled sessions stay in the feed as STATUS:CANCELLED so they disappear from calendars.
	 */
	String feed(String calendarName, List<BookingView> bookings) {
		Calendar calendar = calendar(ImmutableMethod.PUBLISH);
		calendar.add(new XProperty("X-WR-CALNAME", calendarName));
		calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), FEED_REFRESH));
		calendar.add(new XProperty("X-PUBLISHED-TTL", FEED_REFRESH.toString()));
		for (BookingView booking : bookings) {
			String summary = booking.sessionTypeName() + " · " + initials(booking.clientName());
			VEvent event = event(booking, booking.isCancelled() ? "Cancelled · " + summary : summary,
					booking.roomName());
			event.add(booking.isCancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
			event.add(booking.isCancelled() ? ImmutableTransp.TRANSPARENT : ImmutableTransp.OPAQUE);
			calendar.add(event);
		}
		return text(calendar);
	}

	/** "Maya Okafor" becomes "M. O.": first and last name, enough for the therapist, little for anyone else. */
	static String initials(String name) {
		if (name == null || name.isBlank()) {
			return "";
		}
		String[] words = name.strip().split("\\s+");
		String first = initial(words[0]);
		return (words.length == 1) ? first : first + " " + initial(words[words.length - 1]);
	}

	private static String initial(String word) {
		return new String(Character.toChars(word.codePointAt(0))).toUpperCase(Locale.ROOT) + ".";
	}

	private Calendar calendar(Method method) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(method);
		return calendar;
	}

	private VEvent event(BookingView booking, String summary, String location) {
		VEvent event = new VEvent(false);
		event.add(new Uid(uid(booking)));
		event.add(new Sequence(booking.calendarSequence()));
		event.add(new DtStamp(Instant.now(this.clock)));
		event.add(new DtStart<>(booking.startsAt()));
		event.add(new DtEnd<>(booking.endsAt()));
		event.add(new Summary(summary));
		event.add(new Location(location));
		return event;
	}

	/** RFC 5545 text with CRLF line ends and long lines folded at 75 octets. */
	private static String text(Calendar calendar) {
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return out.toString();
	}

	private static URI mailto(String address) {
		try {
			return new URI("mailto", address, null);
		}
		catch (URISyntaxException bad) {
			throw new IllegalArgumentException("Not usable as a calendar address: " + address, bad);
		}
	}

}
