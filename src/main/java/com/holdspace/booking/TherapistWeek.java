package com.holdspace.booking;

import java.time.DayOfWeek;
import java.util.List;

import com.holdspace.staff.StaffMember;

/** A line of the schedules list: who, the days they work, and how much time off lies ahead. */
public record TherapistWeek(StaffMember therapist, List<DayOfWeek> workingDays, int timeOffAhead) {
}
