package com.holdspace.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The window of a calendar grid, in minutes of the clinic's day, and the places of pieces on it.
 * The window is whole hours around everything shown, so the hour lines fall on row boundaries.
 */
final class GridLayout {

	static final int DAY_MINUTES = 24 * 60;

	private static final int USUAL_OPENING = 9 * 60;

	private static final int USUAL_CLOSING = 17 * 60;

	private final int first;

	private final int last;

	private GridLayout(int first, int last) {
		this.first = first;
		this.last = last;
	}

	/**
	 * The smallest window of whole hours that holds every span given ({@code [from, to]} minutes),
	 * or the usual working day when there are none.
	 */
	static GridLayout around(List<int[]> spans) {
		int from = spans.stream().mapToInt(span -> span[0]).min().orElse(USUAL_OPENING);
		int to = spans.stream().mapToInt(span -> span[1]).max().orElse(USUAL_CLOSING);
		from = Math.max(0, from / 60 * 60);
		to = Math.min(DAY_MINUTES, (to + 59) / 60 * 60);
		return new GridLayout(from, Math.max(to, Math.min(DAY_MINUTES, from + 60)));
	}

	int first() {
		return this.first;
	}

	int last() {
		return this.last;
	}

	int rows() {
		return (this.last - this.first) / CalendarGrid.MINUTES_PER_ROW;
	}

	List<CalendarGrid.Mark> hours() {
		List<CalendarGrid.Mark> marks = new ArrayList<>();
		for (int minute = this.first; minute < this.last; minute += 60) {
			marks.add(new CalendarGrid.Mark(label(minute), place(1, minute, Math.min(minute + 60, this.last))));
		}
		return marks;
	}

	/** The CSS classes that put a piece from {@code from} to {@code to} (minutes) in a column. */
	String place(int column, int from, int to) {
		return "c-" + column + " r-" + (CalendarGrid.FIRST_ROW + startRow(from)) + " s-" + rows(from, to);
	}

	int rows(int from, int to) {
		int end = (clamp(to) - this.first + CalendarGrid.MINUTES_PER_ROW - 1) / CalendarGrid.MINUTES_PER_ROW;
		return Math.max(1, end - startRow(from));
	}

	boolean shows(int from, int to) {
		return to > this.first && from < this.last;
	}

	/** The minute of {@code day} an instant falls on: 0 before the day began, the day's length after it ended. */
	static int minuteOf(Instant instant, LocalDate day, ZoneId zone) {
		ZonedDateTime local = instant.atZone(zone);
		if (local.toLocalDate().isBefore(day)) {
			return 0;
		}
		if (local.toLocalDate().isAfter(day)) {
			return DAY_MINUTES;
		}
		return local.getHour() * 60 + local.getMinute();
	}

	static int minuteOf(LocalTime time) {
		return time.getHour() * 60 + time.getMinute();
	}

	/** The wall-clock time of a minute of the day; the end of the day reads as midnight. */
	static LocalTime time(int minute) {
		return LocalTime.of((minute / 60) % 24, minute % 60);
	}

	private int startRow(int from) {
		return (clamp(from) - this.first) / CalendarGrid.MINUTES_PER_ROW;
	}

	private int clamp(int minute) {
		return Math.max(this.first, Math.min(this.last, minute));
	}

	private static String label(int minute) {
		return String.format("%02d:%02d", (minute / 60) % 24, minute % 60);
	}

}
