package com.holdspace.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.holdspace.TestClock;
import com.holdspace.booking.BookingStatus;
import com.holdspace.booking.BookingView;

@Tag("fast")
class BookingCalendarTests {

	private final MessagingProperties properties = new MessagingProperties(
			"Holdspace clinic <clinic@holdspace.example>", 20, 12, java.time.Duration.ofSeconds(15));

	private final BookingCalendar calendar = new BookingCalendar(this.properties, new TestClock());

	private final UUID uid = UUID.randomUUID();

	private final Instant start = Instant.parse("2031-03-04T10:00:00Z");

	@Test
	void aBookedSessionIsARequestWithItsLifelongUidAndSequence() {
		Calendar ics = MessagingFixtures.parse(this.calendar.invitation(view(BookingStatus.BOOKED, 0), "maya@example.org"));

		assertThat(value(ics, Property.METHOD)).isEqualTo("REQUEST");
		assertThat(value(ics, Property.VERSION)).isEqualTo("2.0");
		VEvent event = event(ics);
		assertThat(value(event, Property.UID)).isEqualTo(this.uid + "@holdspace");
		assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
		assertThat(value(event, Property.DTSTART)).isEqualTo("20310304T100000Z");
		assertThat(value(event, Property.DTEND)).isEqualTo("20310304T110000Z");
		assertThat(value(event, Property.DTSTAMP)).endsWith("Z");
		assertThat(value(event, Property.SUMMARY)).isEqualTo("Standard session");
		assertThat(value(event, Property.LOCATION)).isEqualTo("Willow room, Holdspace clinic");
		assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:clinic@holdspace.example");
		assertThat(value(event, Property.ATTENDEE)).isEqualTo("mailto:maya@example.org");
		assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
	}

	@Test
	void aCancelledSessionIsACancelWithTheSameUidAndAHigherSequence() {
		String text = this.calendar.invitation(view(BookingStatus.CANCELLED, 2), "maya@example.org");
		Calendar ics = MessagingFixtures.parse(text);

		assertThat(value(ics, Property.METHOD)).isEqualTo("CANCEL");
		assertThat(BookingCalendar.methodOf(text)).isEqualTo("CANCEL");
		VEvent event = event(ics);
		assertThat(value(event, Property.UID)).isEqualTo(this.uid + "@holdspace");
		assertThat(value(event, Property.SEQUENCE)).isEqualTo("2");
		assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(text).doesNotContain("Private reason");
	}

	@Test
	void theFeedPublishesSessionsWithInitialsOnly() {
		String text = this.calendar.feed("Holdspace clinic",
				List.of(view(BookingStatus.BOOKED, 0), view(BookingStatus.CANCELLED, 1)));
		Calendar ics = MessagingFixtures.parse(text);

		assertThat(value(ics, Property.METHOD)).isEqualTo("PUBLISH");
		List<VEvent> events = ics.getComponents(Component.VEVENT);
		assertThat(events).hasSize(2);
		assertThat(value(events.get(0), Property.SUMMARY)).isEqualTo("Standard session · M. O.");
		assertThat(value(events.get(0), Property.LOCATION)).isEqualTo("Willow room");
		assertThat(value(events.get(1), Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(value(events.get(1), Property.SUMMARY)).startsWith("Cancelled");
		assertThat(text).doesNotContain("Maya").doesNotContain("Okafor").doesNotContain("ATTENDEE");
	}

	@Test
	void initialsTakeTheFirstAndLastName() {
		assertThat(BookingCalendar.initials("Maya Okafor")).isEqualTo("M. O.");
		assertThat(BookingCalendar.initials("zoë van der Ångström")).isEqualTo("Z. Å.");
		assertThat(BookingCalendar.initials("Cher")).isEqualTo("C.");
		assertThat(BookingCalendar.initials(" ")).isEmpty();
	}

	private BookingView view(BookingStatus status, int sequence) {
		return new BookingView(7, sequence, 3, "Maya Okafor", 5, "Sam Rivers", 2, "Willow room", 1,
				"Standard session", this.start, this.start.plusSeconds(3600), this.start.plusSeconds(4200), status,
				(status == BookingStatus.CANCELLED) ? "Private reason" : null, this.uid, sequence, false, null);
	}

	static VEvent event(Calendar calendar) {
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).hasSize(1);
		return events.get(0);
	}

	static String value(PropertyContainer container, String name) {
		return container.getProperty(name).map(Property::getValue).orElse(null);
	}

}
