package com.holdspace.booking;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import com.holdspace.staff.StaffDirectory;
import com.holdspace.staff.StaffMember;
import com.holdspace.system.ClinicTime;

/**
 * Lays out bookings and free starts by day for the therapist and room calendars. Days are the
 * clinic's days: a booking belongs to the day its start falls on in the clinic's zone.
 */
@Service
public class CalendarBoard {

	private static final int LOOK_AHEAD_DAYS = 14;

	private final BookingService bookings;

	private final Availability availability;

	private final ClinicResources resources;

	private final StaffDirectory staff;

	private final ClinicTime clinicTime;

	private final BookingProperties properties;

	CalendarBoard(BookingService bookings, Availability availability, ClinicResources resources, StaffDirectory staff,
			ClinicTime clinicTime, BookingProperties properties) {
		this.bookings = bookings;
		this.availability = availability;
		this.resources = resources;
		this.staff = staff;
		this.clinicTime = clinicTime;
		this.properties = properties;
	}

	public LocalDate today() {
		return LocalDate.now(this.clinicTime.clock());
	}

	/**
	 * The day a therapist's calendar opens on when no day is asked for: today while its working
	 * hours are not over, else the next day they work and are not away. On a Sunday evening, or
	 * after the last hour of the week, that is next week, not six empty days just gone.
	 */
	public LocalDate openingDay(long therapistId) {
		return nextWorkingDay(therapistId, today()).orElse(today());
	}

	/** A room's calendar opens on today while anyone at its site still works, else the next such day. */
	public LocalDate openingDay(Room room) {
		return nextWorkingDay(today(), siteHours(room), List.of()).orElse(today());
	}

	/** The first day after {@code day} that the therapist works and is not away, within a fortnight. */
	public Optional<LocalDate> workingDayAfter(long therapistId, LocalDate day) {
		return nextWorkingDay(therapistId, day.plusDays(1));
	}

	private Optional<LocalDate> nextWorkingDay(long therapistId, LocalDate from) {
		return nextWorkingDay(from, this.resources.workingHours(therapistId),
				this.resources.timeOff(therapistId, from, from.plusDays(LOOK_AHEAD_DAYS)));
	}

	/** The first day from {@code from} with working hours (today's only while they last) and no time off. */
	private Optional<LocalDate> nextWorkingDay(LocalDate from, List<WorkingHours> hours, List<TimeOff> away) {
		ZonedDateTime now = ZonedDateTime.now(this.clinicTime.clock());
		for (int ahead = 0; ahead <= LOOK_AHEAD_DAYS; ahead++) {
			LocalDate day = from.plusDays(ahead);
			boolean today = day.equals(now.toLocalDate());
			boolean open = hours.stream()
				.anyMatch(span -> span.getDay() == day.getDayOfWeek()
						&& (!today || span.getEnds().isAfter(now.toLocalTime())));
			if (open && away.stream().noneMatch(timeOff -> timeOff.covers(day))) {
				return Optional.of(day);
			}
		}
		return Optional.empty();
	}

	private List<WorkingHours> siteHours(Room room) {
		return this.resources
			.workingHours(this.staff.activeTherapists(room.getSiteId()).stream().map(StaffMember::id).toList());
	}

	/**
	 * A therapist's days with their bookings and free starts for the given type. The week view
	 * ({@code everyStart} false) shows the start of each free stretch and then each half hour, so a
	 * day stays short enough to read; the day view shows every start.
	 */
	public List<CalendarDay> therapistDays(long therapistId, LocalDate first, int count, SessionType type,
			boolean everyStart) {
		LocalDate last = first.plusDays(count - 1L);
		List<BookingView> booked = this.bookings.forTherapist(therapistId, start(first), start(last.plusDays(1)));
		Predicate<BookingView> holds = holds(booked);
		List<Slot> free = this.availability.freeSlots(therapistId, type, first, last, null);
		List<WorkingHours> hours = this.resources.workingHours(therapistId);
		List<TimeOff> away = this.resources.timeOff(therapistId, first, last);
		List<CalendarDay> days = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			LocalDate date = day;
			List<CalendarEntry> entries = new ArrayList<>();
			booked.stream()
				.filter(b -> dayOf(b.startsAt()).equals(date))
				.forEach(b -> entries.add(CalendarEntry.booked(time(b.startsAt()), b, holds.test(b))));
			List<Slot> freeToday = free.stream().filter(s -> dayOf(s.startsAt()).equals(date)).toList();
			Instant previous = null;
			for (Slot slot : freeToday) {
				boolean startsStretch = previous == null
						|| !previous.plus(this.properties.slotStep()).equals(slot.startsAt());
				LocalTime time = time(slot.startsAt());
				if (everyStart || startsStretch || time.getMinute() % 30 == 0) {
					entries.add(CalendarEntry.free(time, therapistId, slot.roomId(), null));
				}
				previous = slot.startsAt();
			}
			entries.sort(Comparator.comparing(CalendarEntry::time));
			boolean working = hours.stream().anyMatch(span -> span.getDay() == date.getDayOfWeek());
			boolean off = away.stream().anyMatch(timeOff -> timeOff.covers(date));
			days.add(new CalendarDay(date, date.equals(today()), date.isBefore(today()), working, off, entries));
		}
		return days;
	}

	/**
	 * A room's days: its bookings, and the free stretches between them during the hours anyone at
	 * its site works that weekday.
	 */
	public List<CalendarDay> roomDays(Room room, LocalDate first, int count) {
		long roomId = room.getId();
		LocalDate last = first.plusDays(count - 1L);
		List<BookingView> booked = this.bookings.forRoom(roomId, start(first), start(last.plusDays(1)));
		Predicate<BookingView> holds = holds(booked);
		Map<DayOfWeek, List<WorkingHours>> clinicHours = siteHours(room).stream()
			.collect(Collectors.groupingBy(WorkingHours::getDay));
		Instant now = this.clinicTime.clock().instant();
		List<CalendarDay> days = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			LocalDate date = day;
			List<WorkingHours> open = clinicHours.getOrDefault(date.getDayOfWeek(), List.of());
			List<CalendarEntry> entries = new ArrayList<>();
			List<BookingView> today = booked.stream().filter(b -> dayOf(b.startsAt()).equals(date)).toList();
			today.forEach(b -> entries.add(CalendarEntry.booked(time(b.startsAt()), b, holds.test(b))));
			if (!open.isEmpty()) {
				Instant opens = at(date, open.stream().map(WorkingHours::getStarts).min(Comparator.naturalOrder()).get());
				Instant closes = at(date, open.stream().map(WorkingHours::getEnds).max(Comparator.naturalOrder()).get());
				Instant cursor = opens.isBefore(now) ? roundUp(now) : opens;
				for (BookingView b : today.stream().filter(b -> !b.isCancelled()).toList()) {
					if (b.startsAt().isAfter(cursor) && cursor.isBefore(closes)) {
						entries.add(CalendarEntry.free(time(cursor), null, roomId, time(b.startsAt())));
					}
					if (b.freeAt().isAfter(cursor)) {
						cursor = b.freeAt();
					}
				}
				if (cursor.isBefore(closes)) {
					entries.add(CalendarEntry.free(time(cursor), null, roomId, time(closes)));
				}
			}
			entries.sort(Comparator.comparing(CalendarEntry::time));
			days.add(new CalendarDay(date, date.equals(today()), date.isBefore(today()), !open.isEmpty(), false, entries));
		}
		return days;
	}

	/**
	 * Which open bookings are sessions with touch for a client whose somatic work is on hold: a hold
	 * raised after the booking was made shows on the calendar, so nobody starts the session unawares.
	 * One look-up for every client shown.
	 */
	private Predicate<BookingView> holds(List<BookingView> booked) {
		Map<Long, Boolean> touch = this.resources.sessionTypes()
			.stream()
			.collect(Collectors.toMap(SessionType::getId, SessionType::isInvolvesTouch));
		Set<Long> onHold = this.bookings.onHoldAmong(
				booked.stream().filter(BookingView::isOpen).map(BookingView::clientId).collect(Collectors.toSet()));
		return b -> b.isOpen() && onHold.contains(b.clientId())
				&& touch.getOrDefault(b.sessionTypeId(), true);
	}

	private Instant roundUp(Instant now) {
		long step = this.properties.slotStep().getSeconds();
		long seconds = now.getEpochSecond();
		return Instant.ofEpochSecond(((seconds + step - 1) / step) * step);
	}

	private Instant start(LocalDate day) {
		return at(day, LocalTime.MIN);
	}

	private Instant at(LocalDate day, LocalTime time) {
		return ZonedDateTime.of(day, time, zone()).toInstant();
	}

	private LocalDate dayOf(Instant instant) {
		return instant.atZone(zone()).toLocalDate();
	}

	private LocalTime time(Instant instant) {
		return instant.atZone(zone()).toLocalTime();
	}

	private ZoneId zone() {
		return this.clinicTime.zone();
	}

}
