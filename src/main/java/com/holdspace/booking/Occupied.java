package com.holdspace.booking;

import java.time.Instant;

/**
 * A therapist's booking as a free-time search sees it: from its start until its quiet time ends.
 * Read as a projection, not as entities, since a search only compares times.
 */
record Occupied(long bookingId, Instant startsAt, Instant freeAt) {

	boolean overlaps(Instant from, Instant to) {
		return this.startsAt.isBefore(to) && this.freeAt.isAfter(from);
	}

}
