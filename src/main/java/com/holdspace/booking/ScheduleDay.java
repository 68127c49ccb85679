package com.holdspace.booking;

import java.time.DayOfWeek;
import java.util.List;

/** One weekday of a therapist's regular week with its working spans, earliest first. */
public record ScheduleDay(DayOfWeek day, List<WorkingHours> spans) {

	public boolean isWorking() {
		return !this.spans.isEmpty();
	}

}
