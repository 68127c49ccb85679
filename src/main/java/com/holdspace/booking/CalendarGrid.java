package com.holdspace.booking;

import java.util.List;

/**
 * A calendar laid out as a time grid: time down the side in quarter hours, one column per day (a
 * week) or per therapist (a day). Each piece carries its place on the grid as CSS classes, because
 * a strict Content-Security-Policy forbids style attributes; the stylesheet knows every row.
 *
 * @param rows quarter hours from the first hour shown to the last
 * @param hours the labels down the side, one per hour
 * @param columns the days or therapists, left to right
 */
public record CalendarGrid(int rows, List<Mark> hours, List<GridColumn> columns) {

	/** How long one row of the grid lasts: bookings start on the quarter hour. */
	static final int MINUTES_PER_ROW = 15;

	/** Row 1 holds the headings; time starts on row 2. */
	static final int FIRST_ROW = 2;

	/** The grid's width class, for the stylesheet's column template. */
	public String getWidth() {
		return "cols-" + this.columns.size();
	}

	/** Where the lines behind a column go: the whole height of the grid. */
	public String background(GridColumn column) {
		return column.column() + " r-" + FIRST_ROW + " s-" + this.rows;
	}

	/** Cancelled bookings of every column, earliest first: their time is free again, so they sit under the grid. */
	public List<BookingView> getCancelled() {
		return this.columns.stream()
			.flatMap(column -> column.cancelled().stream())
			.sorted(java.util.Comparator.comparing(BookingView::startsAt))
			.toList();
	}

	public boolean isEmpty() {
		return this.columns.isEmpty();
	}

	/** An hour's label at the side. */
	public record Mark(String label, String place) {
	}

}
