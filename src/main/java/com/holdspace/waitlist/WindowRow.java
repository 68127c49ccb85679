package com.holdspace.waitlist;

import java.time.DayOfWeek;
import java.time.LocalTime;

import org.springframework.format.annotation.DateTimeFormat;

/** One row of "which day, from, to" on the waitlist form; a row left empty is ignored. */
public class WindowRow {

	private Integer dayOfWeek;

	@DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
	private LocalTime starts;

	@DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
	private LocalTime ends;

	public WindowRow() {
	}

	WindowRow(DayOfWeek day, LocalTime starts, LocalTime ends) {
		this.dayOfWeek = day.getValue();
		this.starts = starts;
		this.ends = ends;
	}

	boolean isBlank() {
		return this.dayOfWeek == null && this.starts == null && this.ends == null;
	}

	WaitlistWindow toWindow() {
		return new WaitlistWindow(DayOfWeek.of(this.dayOfWeek), this.starts, this.ends);
	}

	public Integer getDayOfWeek() {
		return this.dayOfWeek;
	}

	public void setDayOfWeek(Integer dayOfWeek) {
		this.dayOfWeek = dayOfWeek;
	}

	public LocalTime getStarts() {
		return this.starts;
	}

	public void setStarts(LocalTime starts) {
		this.starts = starts;
	}

	public LocalTime getEnds() {
		return this.ends;
	}

	public void setEnds(LocalTime ends) {
		this.ends = ends;
	}

}
