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
import com.holdspace.shared.ClinicTime;

/**
 * Lays out bookings and free starts by day for the therapist and room calendars. Days are the
 * clinic's days: a booking belongs to the day its start falls on in the clinic's zone.
 */
@Service
public class CalendarBoard {

	private static final int LOOK_AHEAD_DAYS = 14;

	/** The stylesheet places this many columns of therapists beside the hours. */
	static final int MAX_COLUMNS = 24;

	private final BookingViews bookings;

	private final ClientReadiness readiness;

	private final Availability availability;

	private final ClinicResources resources;

	private final StaffDirectory staff;

	private final ClinicTime clinicTime;

	private final BookingProperties properties;

	CalendarBoard(BookingViews bookings, ClientReadiness readiness, Availability availability,
			ClinicResources resources, StaffDirectory staff, ClinicTime clinicTime, BookingProperties properties) {
		this.bookings = bookings;
		this.readiness = readiness;
		this.availability = availability;
		this.resources = resources;
		this.staff = staff;
		this.clinicTime = clinicTime;
		this.properties = properties;
	}

	public LocalDate today() {
		return LocalDate.now(this.clinicTime.clock());
	}

	int stepMinutes() {
		return (int) this.properties.slotStep().toMinutes();
	}

	Instant now() {
		return this.clinicTime.clock().instant();
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

	/**
	 * The clinic's day at a site opens, like each calendar in it, on today while any of these
	 * therapists still works, else on the next day one of them does: not on a Sunday night's empty day.
	 */
	public LocalDate openingDay(List<StaffMember> therapists) {
		List<WorkingHours> hours = this.resources.workingHours(therapists.stream().map(StaffMember::id).toList());
		return nextWorkingDay(today(), hours, List.of()).orElse(today());
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
	 * A therapist's days as a time grid, one column a day, with their bookings and the stretches in
	 * which the given type can start. While a booking is being moved, its own time counts as free
	 * and the free starts are for its type. A week leaves out the days nobody works and nothing is
	 * booked, so the working days are wide enough to read.
	 */
	public CalendarGrid therapistDays(long therapistId, LocalDate first, int count, SessionType type,
			BookingView moving) {
		LocalDate last = first.plusDays(count - 1L);
		List<BookingView> booked = this.bookings.forTherapist(therapistId, start(first), start(last.plusDays(1)));
		List<WorkingHours> hours = this.resources.workingHours(therapistId);
		List<TimeOff> away = this.resources.timeOff(therapistId, first, last);
		List<Slot> free = (type != null) ? this.availability.freeSlots(therapistId, type, first, last, null,
				(moving != null) ? moving.id() : null, hours, away) : List.of();
		List<Column> columns = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			LocalDate date = day;
			Column column = new Column(date, null, onDay(booked, date), freeOnDay(free, date),
					spans(hours, therapistId, date), away.stream().anyMatch(timeOff -> timeOff.covers(date)));
			if (count == 1 || column.working() || column.away() || !column.booked().isEmpty()) {
				columns.add(column);
			}
		}
		return grid(columns, holds(booked), type);
	}

	/**
	 * One day as a time grid with a column for each therapist: what the front desk keeps open all
	 * day, with every therapist's free starts for the given type.
	 */
	public CalendarGrid therapistsDay(List<StaffMember> therapists, LocalDate day, SessionType type,
			BookingView moving) {
		List<Long> ids = therapists.stream().map(StaffMember::id).toList();
		List<WorkingHours> hours = this.resources.workingHours(ids);
		List<BookingView> everyone = this.bookings.forTherapists(ids, start(day), start(day.plusDays(1)));
		List<TimeOff> awayToday = this.resources.upcomingTimeOff(ids, day)
			.stream()
			.filter(off -> off.covers(day))
			.toList();
		Set<Long> away = awayToday.stream().map(TimeOff::getTherapistId).collect(Collectors.toSet());
		List<Column> columns = new ArrayList<>();
		for (StaffMember therapist : therapists) {
			List<BookingView> booked = everyone.stream().filter(b -> b.therapistId() == therapist.id()).toList();
			boolean off = away.contains(therapist.id());
			// nobody is offered a free start on a day away, so the look-up is saved
			List<Slot> free = (type != null && !off) ? this.availability.freeSlots(therapist.id(), type, day, day, null,
					(moving != null) ? moving.id() : null, hours, awayToday) : List.of();
			Column column = new Column(day, therapist, onDay(booked, day), free, spans(hours, therapist.id(), day), off);
			if ((column.working() && !off) || !column.booked().isEmpty()) {
				columns.add(column);
			}
		}
		// the grid has room for a clinic's day; past that, a therapist's own calendar shows the rest
		return grid(columns.subList(0, Math.min(columns.size(), MAX_COLUMNS)), holds(everyone), type);
	}

	/**
	 * A room's days as a time grid: its bookings, and the free stretches between them during the
	 * hours anyone at its site works that weekday.
	 */
	public CalendarGrid roomDays(Room room, LocalDate first, int count) {
		LocalDate last = first.plusDays(count - 1L);
		List<BookingView> booked = this.bookings.forRoom(room.getId(), start(first), start(last.plusDays(1)));
		List<WorkingHours> hours = siteHours(room);
		List<Column> columns = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			LocalDate date = day;
			List<int[]> open = hours.stream()
				.filter(span -> span.getDay() == date.getDayOfWeek())
				.map(span -> new int[] { GridLayout.minuteOf(span.getStarts()), GridLayout.minuteOf(span.getEnds()) })
				.toList();
			Column column = new Column(date, null, onDay(booked, date), null, merged(open), false);
			if (count == 1 || column.working() || !column.booked().isEmpty()) {
				columns.add(column);
			}
		}
		return grid(columns, holds(booked), null);
	}

	/** What one column holds before it is laid out; {@code free} is null on a room's calendar. */
	private record Column(LocalDate date, StaffMember therapist, List<BookingView> booked, List<Slot> free,
			List<int[]> open, boolean away) {

		boolean working() {
			return !this.open.isEmpty();
		}

	}

	private CalendarGrid grid(List<Column> columns, Predicate<BookingView> holds, SessionType type) {
		List<int[]> spans = new ArrayList<>();
		for (Column column : columns) {
			spans.addAll(column.open());
			column.booked().stream()
				.filter(b -> !b.isCancelled())
				.forEach(b -> spans.add(new int[] { minute(b.startsAt(), column.date()), minute(b.freeAt(), column.date()) }));
		}
		GridLayout layout = GridLayout.around(spans);
		List<GridColumn> laid = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			laid.add(lay(layout, i + 2, columns.get(i), holds, type));
		}
		return new CalendarGrid(layout.rows(), layout.hours(), laid);
	}

	private GridColumn lay(GridLayout layout, int index, Column column, Predicate<BookingView> holds,
			SessionType type) {
		LocalDate date = column.date();
		List<GridBlock> blocks = new ArrayList<>();
		if (column.away()) {
			blocks.add(closed(layout, index, layout.first(), layout.last()));
		}
		else {
			int cursor = layout.first();
			for (int[] open : column.open()) {
				if (open[0] > cursor) {
					blocks.add(closed(layout, index, cursor, open[0]));
				}
				cursor = Math.max(cursor, open[1]);
			}
			if (cursor < layout.last()) {
				blocks.add(closed(layout, index, cursor, layout.last()));
			}
		}
		List<BookingView> kept = column.booked().stream().filter(b -> !b.isCancelled()).toList();
		Long therapistId = (column.therapist() != null) ? Long.valueOf(column.therapist().id()) : null;
		for (BookingView b : kept) {
			int from = minute(b.startsAt(), date);
			int ends = minute(b.endsAt(), date);
			int freeAt = minute(b.freeAt(), date);
			blocks.add(new GridBlock(GridBlock.Kind.BOOKING, layout.place(index, from, ends), GridLayout.time(from),
					GridLayout.time(ends), b, holds.test(b), b.therapistId(), b.roomId(), null, layout.rows(from, ends)));
			if (freeAt > ends && layout.shows(ends, freeAt)) {
				blocks.add(new GridBlock(GridBlock.Kind.QUIET, layout.place(index, ends, freeAt), GridLayout.time(ends),
						GridLayout.time(freeAt), b, false, b.therapistId(), b.roomId(), null, layout.rows(ends, freeAt)));
			}
		}
		if (column.free() != null) {
			blocks.addAll(freeStretches(layout, index, column.free(), date, type));
		}
		else if (column.working() && !column.away()) {
			blocks.addAll(roomGaps(layout, index, column, kept));
		}
		blocks.sort(Comparator.comparing(GridBlock::from).thenComparing(block -> !block.isClosed()));
		List<BookingView> cancelled = column.booked().stream().filter(BookingView::isCancelled).toList();
		boolean today = date.equals(today());
		return new GridColumn(index, date, column.therapist(), today, date.isBefore(today()), column.working(),
				column.away(), blocks, cancelled);
	}

	/**
	 * Free starts run together into stretches a step apart; each stretch is one block to tap in.
	 * A stretch of a single start still reaches half an hour (or the session's length when shorter),
	 * so it stays a target a finger can hit; the therapist is free for that long from its start.
	 */
	private List<GridBlock> freeStretches(GridLayout layout, int index, List<Slot> free, LocalDate date,
			SessionType type) {
		int step = (int) this.properties.slotStep().toMinutes();
		int reach = (type != null) ? Math.min(30, (int) type.occupies().toMinutes()) : step;
		List<GridBlock> blocks = new ArrayList<>();
		int from = -1;
		int previous = -1;
		Slot first = null;
		for (Slot slot : free) {
			int minute = minute(slot.startsAt(), date);
			if (first != null && minute != previous + step) {
				blocks.add(free(layout, index, first, from, previous, Math.max(previous + step, from + reach)));
				first = null;
			}
			if (first == null) {
				first = slot;
				from = minute;
			}
			previous = minute;
		}
		if (first != null) {
			blocks.add(free(layout, index, first, from, previous, Math.max(previous + step, from + reach)));
		}
		return blocks;
	}

	private GridBlock free(GridLayout layout, int index, Slot first, int from, int lastStart, int until) {
		return new GridBlock(GridBlock.Kind.FREE, layout.place(index, from, until), GridLayout.time(from),
				GridLayout.time(until), null, false, first.therapistId(), first.roomId(), GridLayout.time(lastStart),
				layout.rows(from, until));
	}

	/**
	 * A room is free between its bookings while anyone at its site works, from now on: within each
	 * span of open hours, never across a closed lunch hour.
	 */
	private List<GridBlock> roomGaps(GridLayout layout, int index, Column column, List<BookingView> kept) {
		LocalDate date = column.date();
		int step = (int) this.properties.slotStep().toMinutes();
		int now = minute(roundUp(this.clinicTime.clock().instant()), date);
		List<int[]> gaps = new ArrayList<>();
		for (int[] open : column.open()) {
			int cursor = Math.max(open[0], now);
			for (BookingView b : kept) {
				int from = minute(b.startsAt(), date);
				if (from > cursor && cursor < open[1]) {
					gaps.add(new int[] { cursor, Math.min(from, open[1]) });
				}
				cursor = Math.max(cursor, minute(b.freeAt(), date));
			}
			if (cursor < open[1]) {
				gaps.add(new int[] { cursor, open[1] });
			}
		}
		return gaps.stream()
			.filter(gap -> gap[1] - gap[0] >= step)
			.map(gap -> new GridBlock(GridBlock.Kind.FREE, layout.place(index, gap[0], gap[1]), GridLayout.time(gap[0]),
					GridLayout.time(gap[1]), null, false, null, null, GridLayout.time(gap[1] - step),
					layout.rows(gap[0], gap[1])))
			.toList();
	}

	private static GridBlock closed(GridLayout layout, int index, int from, int to) {
		return new GridBlock(GridBlock.Kind.CLOSED, layout.place(index, from, to), GridLayout.time(from),
				GridLayout.time(to), null, false, null, null, null, layout.rows(from, to));
	}

	/** A therapist's working spans on a day, in minutes, joined where they touch. */
	private static List<int[]> spans(List<WorkingHours> hours, long therapistId, LocalDate date) {
		return merged(hours.stream()
			.filter(span -> span.getTherapistId() == therapistId && span.getDay() == date.getDayOfWeek())
			.map(span -> new int[] { GridLayout.minuteOf(span.getStarts()), GridLayout.minuteOf(span.getEnds()) })
			.toList());
	}

	private static List<int[]> merged(List<int[]> spans) {
		List<int[]> sorted = new ArrayList<>(spans);
		sorted.sort(Comparator.comparingInt(span -> span[0]));
		List<int[]> merged = new ArrayList<>();
		for (int[] span : sorted) {
			int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && span[0] <= last[1]) {
				last[1] = Math.max(last[1], span[1]);
			}
			else {
				merged.add(new int[] { span[0], span[1] });
			}
		}
		return merged;
	}

	private List<BookingView> onDay(List<BookingView> booked, LocalDate date) {
		return booked.stream().filter(b -> dayOf(b.startsAt()).equals(date)).toList();
	}

	private List<Slot> freeOnDay(List<Slot> free, LocalDate date) {
		return free.stream().filter(slot -> dayOf(slot.startsAt()).equals(date)).toList();
	}

	private int minute(Instant instant, LocalDate day) {
		return GridLayout.minuteOf(instant, day, zone());
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
		Set<Long> onHold = this.readiness.onHoldAmong(
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

	private ZoneId zone() {
		return this.clinicTime.zone();
	}

}
