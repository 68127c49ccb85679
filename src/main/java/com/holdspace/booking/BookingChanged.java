package com.holdspace.booking;

/**
 * Published inside the transaction that changed a booking. Listeners that must never disagree
 * with the booking (the outgoing-message queue) listen in the same transaction; others after commit.
 */
public record BookingChanged(long bookingId, BookingEventKind kind) {
}
