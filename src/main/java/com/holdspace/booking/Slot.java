package com.holdspace.booking;

import java.time.Instant;

/** A start time at which a therapist and a room are both free for a whole session and its quiet time. */
public record Slot(long therapistId, long roomId, Instant startsAt, Instant endsAt) {
}
