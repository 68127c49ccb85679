package com.holdspace.booking;

import java.time.LocalDate;
import java.time.LocalTime;

/** A free start as the booking form offers it: who, where and when, with names to show. */
public record SlotChoice(long therapistId, String therapistName, long roomId, String roomName, LocalDate date,
		LocalTime time) {
}
