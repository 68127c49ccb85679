package com.holdspace.booking;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.holdspace.client.ClientMatch;
import com.holdspace.client.ClientService;
import com.holdspace.staff.Role;
import com.holdspace.staff.StaffDirectory;
import com.holdspace.staff.StaffMember;
import com.holdspace.staff.StaffService;
import com.holdspace.shared.ClinicTime;

/**
 * Demo rooms, working weeks and a few bookings this week and next, only in the {@code demo}
 * profile and after the demo clinic, its intakes and consents exist. Each part is added only when
 * missing, and bookings only when the demo therapists have none ahead, so restarts add nothing twice.
 */
@Component
@Profile("demo")
@Order(40)
class BookingDemoData implements ApplicationRunner {

	/** Enough free starts to reach the afternoon of the first working day. */
	private static final int SLOTS_LOOKED_AT = 60;

	private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

	private static final Set<DayOfWeek> TUESDAY_TO_SATURDAY = EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY);

	private final ClinicResources resources;

	private final RoomService rooms;

	private final ScheduleService schedule;

	private final Availability availability;

	private final BookingService bookings;

	private final ClientReadiness readiness;

	private final BookingViews views;

	private final StaffDirectory staffDirectory;

	private final StaffService staffService;

	private final ClientService clients;

	private final ClinicTime clinicTime;

	BookingDemoData(ClinicResources resources, RoomService rooms, ScheduleService schedule, Availability availability,
			BookingService bookings, ClientReadiness readiness, BookingViews views, StaffDirectory staffDirectory,
			StaffService staffService, ClientService clients, ClinicTime clinicTime) {
		this.resources = resources;
		this.rooms = rooms;
		this.schedule = schedule;
		this.availability = availability;
		this.bookings = bookings;
		this.readiness = readiness;
		this.views = views;
		this.staffDirectory = staffDirectory;
		this.staffService = staffService;
		this.clients = clients;
		this.clinicTime = clinicTime;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<StaffMember> therapists = this.staffDirectory.activeTherapists();
		if (therapists.size() < 2) {
			return;
		}
		addRoom("Willow room");
		addRoom("Cedar room");
		StaffMember first = therapists.get(0);
		StaffMember second = therapists.get(1);
		addWeek(first.id(), WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(17, 0));
		addWeek(second.id(), TUESDAY_TO_SATURDAY, LocalTime.of(10, 0), LocalTime.of(18, 0));
		if (nothingBookedAhead(first.id()) && nothingBookedAhead(second.id())) {
			addBookings(first.id(), second.id());
		}
	}

	private void addRoom(String name) {
		if (this.resources.rooms().stream().noneMatch(room -> room.getName().equalsIgnoreCase(name))) {
			this.rooms.add(UUID.randomUUID(), name, null);
		}
	}

	private void addWeek(long therapistId, Set<DayOfWeek> days, LocalTime from, LocalTime to) {
		if (this.resources.workingHours(therapistId).isEmpty()) {
			days.forEach(day -> this.schedule.addHours(therapistId, day, from, to));
		}
	}

	private boolean nothingBookedAhead(long therapistId) {
		Instant now = this.clinicTime.clock().instant();
		return this.views.forTherapist(therapistId, now, now.plus(Duration.ofDays(14)))
			.stream()
			.noneMatch(BookingView::isOpen);
	}

	/** Zoë likes late afternoons and has an extended session suggested; Henrik is new. */
	private void addBookings(long first, long second) {
		Actor desk = frontDesk();
		book("Zoë Ångström", "Extended session", second, 1, LocalTime.of(15, 0), "Willow room", desk);
		book("José Peña Núñez", "Standard session", first, 1, LocalTime.of(10, 0), "Cedar room", desk);
		book("Henrik Søndergaard", "Trial session", first, 2, LocalTime.of(14, 0), "Willow room", desk);
		book("Sam O'Connor", "Standard session", second, 8, LocalTime.of(11, 0), "Cedar room", desk);
		book("Zoë Ångström", "Standard session", second, 9, LocalTime.of(16, 0), "Willow room", desk);
		// Anaïs's somatic work is on hold: a session with touch is refused, so none is booked
		book("Anaïs Lefèvre", "Standard session", first, 3, LocalTime.of(10, 0), "Cedar room", desk);
	}

	/** The first free start from that day on at or after the time of day asked for, in the room if free. */
	private void book(String clientName, String typeName, long therapistId, int daysAhead, LocalTime notBefore,
			String roomName, Actor desk) {
		Optional<ClientMatch> client = this.clients.search(clientName).stream().findFirst();
		Optional<SessionType> type = this.resources.activeSessionTypes()
			.stream()
			.filter(candidate -> candidate.getName().equals(typeName))
			.findFirst();
		if (client.isEmpty() || type.isEmpty() || this.readiness.readiness(client.get().id()).blocks(type.get())) {
			return;
		}
		LocalDate day = LocalDate.now(this.clinicTime.clock()).plusDays(daysAhead);
		Instant from = ZonedDateTime.of(day, notBefore, this.clinicTime.zone()).toInstant();
		Long preferredRoom = this.resources.activeRooms()
			.stream()
			.filter(room -> room.getName().equals(roomName))
			.map(Room::getId)
			.findFirst()
			.orElse(null);
		List<Slot> free = this.availability.nextFree(therapistId, type.get(), from, SLOTS_LOOKED_AT);
		free.stream()
			.filter(slot -> !slot.startsAt().atZone(this.clinicTime.zone()).toLocalTime().isBefore(notBefore))
			.findFirst()
			.or(() -> free.stream().findFirst())
			.ifPresent(slot -> {
				Instant freeAt = slot.startsAt().plus(type.get().occupies());
				Long room = this.availability.freeRoom(therapistId, slot.startsAt(), freeAt, preferredRoom, null).orElse(slot.roomId());
				this.bookings.book(new BookingRequest(UUID.randomUUID(), client.get().id(), type.get().getId(),
						therapistId, room, slot.startsAt()), desk);
			});
	}

	private Actor frontDesk() {
		return this.staffService.staff()
			.stream()
			.filter(account -> account.getRole() == Role.FRONT_DESK && account.isEnabled())
			.findFirst()
			.map(account -> new Actor(account.getId(), account.getDisplayName()))
			.orElse(new Actor(null, "Front desk"));
	}

}
