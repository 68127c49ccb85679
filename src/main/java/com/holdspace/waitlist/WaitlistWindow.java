package com.holdspace.waitlist;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A time in the week the client can come: a day and local times in the clinic's zone, so
 * "Tuesday 09:00 to 12:00" means the same across a clock change.
 */
@Embeddable
public class WaitlistWindow {

	@Column(name = "day_of_week")
	private short dayOfWeek;

	private LocalTime starts;

	private LocalTime ends;

	protected WaitlistWindow() {
	}

	public WaitlistWindow(DayOfWeek day, LocalTime starts, LocalTime ends) {
		if (!ends.isAfter(starts)) {
			throw new IllegalArgumentException("A window ends after it starts");
		}
		this.dayOfWeek = (short) day.getValue();
		this.starts = starts;
		this.ends = ends;
	}

	/** ISO day of the week: 1 is Monday, 7 is Sunday. */
	public int getDayOfWeek() {
		return this.dayOfWeek;
	}

	public DayOfWeek getDay() {
		return DayOfWeek.of(this.dayOfWeek);
	}

	public LocalTime getStarts() {
		return this.starts;
	}

	public LocalTime getEnds() {
		return this.ends;
	}

	/** Whether a session from {@code start} to {@code end}, in clinic time, lies wholly inside this window. */
	public boolean contains(LocalDateTime start, LocalDateTime end) {
		return start.getDayOfWeek() == getDay() && start.toLocalDate().equals(end.toLocalDate())
				&& !start.toLocalTime().isBefore(this.starts) && !end.toLocalTime().isAfter(this.ends);
	}

	boolean sameAs(WaitlistWindow other) {
		return this.dayOfWeek == other.dayOfWeek && this.starts.equals(other.starts) && this.ends.equals(other.ends);
	}

}
