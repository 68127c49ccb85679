package com.holdspace.booking;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/** A start time at which a therapist and a room are both free for a whole session and its quiet time. */
@NamedInterface("api")
public record Slot(long therapistId, long roomId, Instant startsAt, Instant endsAt) {
}
