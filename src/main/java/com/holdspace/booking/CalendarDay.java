package com.holdspace.booking;

import java.time.LocalDate;
import java.util.List;

/**
 * One day column of a calendar: bookings and free starts in time order, or a note that nobody
 * works that day.
 */
public record CalendarDay(LocalDate date, boolean today, boolean past, boolean working, boolean away, List<CalendarEntry> entries) {

	public boolean isEmpty() {
		return this.entries.isEmpty();
	}

}
