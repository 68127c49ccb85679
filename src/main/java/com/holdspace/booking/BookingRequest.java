package com.holdspace.booking;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * A booking as asked for. {@code roomId} may be null: any free room will do.
 * {@code creationToken} makes a repeated submission of the same form book once.
 */
@NamedInterface("api")
public record BookingRequest(UUID creationToken, long clientId, long sessionTypeId, long therapistId, Long roomId,
		Instant startsAt) {
}
