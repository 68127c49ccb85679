package com.holdspace.booking;

import java.time.DayOfWeek;
import java.time.LocalTime;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotNull;

/** One span of a therapist's week as typed: a weekday and clinic-local times. */
public class WorkingHoursForm {

	@NotNull(message = "{schedule.error.day}")
	private DayOfWeek day;

	@NotNull(message = "{schedule.error.time}")
	@DateTimeFormat(pattern = "HH:mm", fallbackPatterns = { "H:mm", "HH:mm:ss" })
	private LocalTime starts;

	@NotNull(message = "{schedule.error.time}")
	@DateTimeFormat(pattern = "HH:mm", fallbackPatterns = { "H:mm", "HH:mm:ss" })
	private LocalTime ends;

	public DayOfWeek getDay() {
		return this.day;
	}

	public void setDay(DayOfWeek day) {
		this.day = day;
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
