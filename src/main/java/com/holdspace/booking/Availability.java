package com.holdspace.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.shared.ClinicTime;
import com.holdspace.staff.StaffDirectory;
import com.holdspace.staff.StaffMember;

/**
 * When a therapist can take a session: inside their working hours, not on a day off, not while
 * another booking or its quiet time holds them, and with a room at their site free for the whole
 * span. Working hours are wall-clock times in the clinic's zone, so 09:00 stays 09:00 across a clock
 * change.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class Availability {

	/** Free starts offered with the same therapist when the time asked for is taken. */
	private static final int ALTERNATIVES = 4;

	/** Other therapists of the site offered at exactly the time asked for. */
	private static final int OTHER_THERAPISTS = 2;

	private final WorkingHoursRepository hours;

	private final TimeOffRepository timeOff;

	private final BookingRepository bookings;

	private final FreeRooms freeRooms;

	private final ClinicTime clinicTime;

	private final BookingProperties properties;

	private final Clock clock;

	private final ClinicResources resources;

	private final StaffDirectory staff;

	Availability(WorkingHoursRepository hours, TimeOffRepository timeOff, BookingRepository bookings,
			FreeRooms freeRooms, ClinicTime clinicTime, BookingProperties properties, ClinicResources resources,
			StaffDirectory staff) {
		this.resources = resources;
		this.staff = staff;
		this.hours = hours;
		this.timeOff = timeOff;
		this.bookings = bookings;
		this.freeRooms = freeRooms;
		this.clinicTime = clinicTime;
		this.properties = properties;
		this.clock = clinicTime.clock();
	}

	/** Every free start for this therapist and type on the given days, earliest first. */
	public List<Slot> freeSlots(long therapistId, SessionType type, LocalDate firstDay, LocalDate lastDay,
			Long preferredRoomId) {
		return freeSlots(therapistId, type, firstDay, lastDay, preferredRoomId, null);
	}

	/** The first free starts from now on (or from {@code notBefore}), up to {@code count}. */
	public List<Slot> nextFree(long therapistId, SessionType type, Instant notBefore, int count) {
		return nextFree(therapistId, type, notBefore, count, Duration.ZERO);
	}

	/**
	 * The first free starts from now on (or from {@code notBefore}), each at least {@code apart}
	 * after the one before, up to {@code count}: suggestions that cover more than one morning. The
	 * search goes a week at a time and stops as soon as it has them.
	 */
	public List<Slot> nextFree(long therapistId, SessionType type, Instant notBefore, int count, Duration apart) {
		Instant from = later(notBefore, this.clock.instant());
		LocalDate first = from.atZone(zone()).toLocalDate();
		List<Slot> found = new ArrayList<>();
		for (LocalDate week = first; found.size() < count
				&& !week.isAfter(first.plusDays(this.properties.searchDays())); week = week.plusDays(7)) {
			for (Slot slot : freeSlots(therapistId, type, week, week.plusDays(6), null, null)) {
				if (found.size() == count) {
					break;
				}
				if (!slot.startsAt().isBefore(from) && (found.isEmpty()
						|| !slot.startsAt().isBefore(found.get(found.size() - 1).startsAt().plus(apart)))) {
					found.add(slot);
				}
			}
		}
		return found;
	}

	/**
	 * Free starts nearest to the one asked for, before or after it, for the same therapist: what
	 * the front desk is offered when a slot is taken.
	 */
	public List<Slot> nearest(long therapistId, SessionType type, Instant around, Long preferredRoomId,
			Long ignoreBookingId, int count) {
		LocalDate day = around.atZone(zone()).toLocalDate();
		return freeSlots(therapistId, type, day.minusDays(3), day.plusDays(7), preferredRoomId, ignoreBookingId).stream()
			.sorted(Comparator.comparing((Slot slot) -> Math.abs(slot.startsAt().getEpochSecond() - around.getEpochSecond()))
				.thenComparing(Slot::startsAt))
			.limit(count)
			.sorted(Comparator.comparing(Slot::startsAt))
			.toList();
	}

	/** Whether the therapist works for the whole span on that day (hours, days off). */
	public boolean withinWorkingHours(long therapistId, Instant startsAt, Instant freeAt) {
		LocalDate day = startsAt.atZone(zone()).toLocalDate();
		if (!this.timeOff.overlapping(therapistId, day, day).isEmpty()) {
			return false;
		}
		return this.hours.findByTherapistIdOrderByDayOfWeekAscStartsAsc(therapistId).stream()
			.filter(span -> span.getDay() == day.getDayOfWeek())
			.anyMatch(span -> !startsAt.isBefore(at(day, span.getStarts())) && !freeAt.isAfter(at(day, span.getEnds())));
	}

	/**
	 * A room at the therapist's site free for the whole span, the preferred one if it is; empty when
	 * every room there is taken.
	 */
	public Optional<Long> freeRoom(long therapistId, Instant startsAt, Instant freeAt, Long preferredRoomId,
			Long ignoreBookingId) {
		// PostgreSQL keeps microseconds: the answer is keyed by the start as it comes back
		Instant start = startsAt.truncatedTo(ChronoUnit.MICROS);
		return Optional.ofNullable(this.freeRooms
			.firstFree(therapistId, List.of(start), Duration.between(startsAt, freeAt), preferredRoomId,
					ignoreBookingId)
			.get(start));
	}

	/** Every free start on the given days, counting the time of {@code ignoreBookingId} as free: where it can move to. */
	public List<Slot> freeSlots(long therapistId, SessionType type, LocalDate firstDay, LocalDate lastDay,
			Long preferredRoomId, Long ignoreBookingId) {
		// what is offered reads the schedule kept in memory; a booking is checked against the tables
		return freeSlots(therapistId, type, firstDay, lastDay, preferredRoomId, ignoreBookingId,
				this.resources.workingHours(therapistId), this.resources.timeOff(therapistId, firstDay, lastDay));
	}

	/**
	 * As above, with the therapist's working hours and the time off over those days already read: a
	 * calendar that draws them anyway does not read them twice.
	 */
	List<Slot> freeSlots(long therapistId, SessionType type, LocalDate firstDay, LocalDate lastDay,
			Long preferredRoomId, Long ignoreBookingId, List<WorkingHours> week, List<TimeOff> away) {
		Instant from = at(firstDay, LocalTime.MIN);
		Instant to = at(lastDay.plusDays(1), LocalTime.MIN);
		Instant now = this.clock.instant();
		List<Occupied> therapistBusy = this.bookings.occupying(therapistId, from, to)
			.stream()
			.filter(occupied -> !Long.valueOf(occupied.bookingId()).equals(ignoreBookingId))
			.toList();
		List<Instant> candidates = new ArrayList<>();
		for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
			LocalDate today = day;
			if (away.stream().anyMatch(off -> off.getTherapistId() == therapistId && off.covers(today))) {
				continue;
			}
			for (WorkingHours span : week) {
				if (span.getTherapistId() != therapistId || span.getDay() != day.getDayOfWeek()) {
					continue;
				}
				Instant windowEnd = at(day, span.getEnds());
				for (LocalTime time = span.getStarts(); time.isBefore(span.getEnds()); time = next(time, span.getEnds())) {
					Instant start = at(day, time);
					Instant freeAt = start.plus(type.occupies());
					if (freeAt.isAfter(windowEnd)) {
						break;
					}
					if (!start.isBefore(now) && free(therapistBusy, start, freeAt)) {
						candidates.add(start);
					}
				}
			}
		}
		Map<Instant, Long> rooms = this.freeRooms.firstFree(therapistId, candidates, type.occupies(), preferredRoomId,
				ignoreBookingId);
		return candidates.stream()
			.filter(rooms::containsKey)
			.sorted()
			.map(start -> new Slot(therapistId, rooms.get(start), start, start.plus(type.duration())))
			.toList();
	}

	private LocalTime next(LocalTime time, LocalTime end) {
		LocalTime next = time.plus(this.properties.slotStep());
		// a step past midnight wraps around; stop at the end of the span instead
		return next.isBefore(time) ? end : next;
	}

	private static boolean free(List<Occupied> holding, Instant from, Instant to) {
		return holding.stream().noneMatch(occupied -> occupied.overlaps(from, to));
	}

	private Instant at(LocalDate day, LocalTime time) {
		return ZonedDateTime.of(day, time, zone()).toInstant();
	}

	private ZoneId zone() {
		return this.clinicTime.zone();
	}

	private static Instant later(Instant a, Instant b) {
		return (a == null || b.isAfter(a)) ? b : a;
	}

	/**
	 * The nearest free starts with the same therapist, then other therapists of the same site free
	 * at exactly the time asked for.
	 */
	List<Slot> alternatives(long therapistId, SessionType type, Instant startsAt, Long roomId,
			Long ignoreBookingId) {
		List<Slot> found = new ArrayList<>(
				nearest(therapistId, type, startsAt, roomId, ignoreBookingId, ALTERNATIVES));
		Instant freeAt = startsAt.plus(type.occupies());
		long site = this.staff.siteOf(therapistId).orElseThrow();
		for (StaffMember other : this.staff.activeTherapists(site)) {
			if (found.size() >= ALTERNATIVES + OTHER_THERAPISTS) {
				break;
			}
			if (other.id() == therapistId || !withinWorkingHours(other.id(), startsAt, freeAt)) {
				continue;
			}
			if (!therapistBusy(other.id(), startsAt, freeAt, ignoreBookingId)) {
				freeRoom(other.id(), startsAt, freeAt, roomId, ignoreBookingId)
					.ifPresent(room -> found.add(new Slot(other.id(), room, startsAt, startsAt.plus(type.duration()))));
			}
		}
		return found;
	}

	/** Whether the therapist has a booking, other than the one left out, over [startsAt, freeAt). */
	boolean therapistBusy(long therapistId, Instant startsAt, Instant freeAt, Long ignoreBookingId) {
		return this.bookings.holdingTherapist(therapistId, startsAt, freeAt)
			.stream()
			.anyMatch(b -> !b.getId().equals(ignoreBookingId));
	}

}
