package com.holdspace.portal;

import java.time.LocalDate;
import java.util.List;

/**
 * The days a client picks from on a phone, a week of them as links, so choosing a day needs no
 * date picker and no script. Weeks are counted from today, so the chosen day stays in view.
 *
 * @param days the week shown, the chosen day among them
 * @param chosen the day whose free times are listed
 * @param earlier the first day of the week before, or null when this week starts today
 * @param later the first day of the week after, or null past the furthest bookable day
 */
record DayChoice(List<LocalDate> days, LocalDate chosen, LocalDate earlier, LocalDate later) {

	private static final int WEEK = 7;

	/** How far ahead a client may look: the desk books up to a year ahead. */
	private static final int AHEAD_DAYS = 364;

	/** The week around {@code asked} (today when none, or one out of range). */
	static DayChoice around(LocalDate asked, LocalDate today) {
		LocalDate last = today.plusDays(AHEAD_DAYS);
		LocalDate chosen = (asked == null || asked.isBefore(today) || asked.isAfter(last)) ? today : asked;
		long weeks = (chosen.toEpochDay() - today.toEpochDay()) / WEEK;
		LocalDate first = today.plusDays(weeks * WEEK);
		List<LocalDate> days = first.datesUntil(first.plusDays(WEEK)).filter(day -> !day.isAfter(last)).toList();
		LocalDate next = first.plusDays(WEEK);
		return new DayChoice(days, chosen, first.isAfter(today) ? first.minusDays(WEEK) : null,
				next.isAfter(last) ? null : next);
	}

}
