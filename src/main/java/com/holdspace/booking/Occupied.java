package com.holdspace.booking;

import java.time.Instant;

/**
 * A booking as a free-time search sees it: who and which room it holds, from its start until its
 * quiet time ends. Read as a projection, not as entities: a search reads every booking of a week
 * across the clinic, and tracking each as an entity cost more than the rest of the page.
 */
record Occupied(long bookingId, long therapistId, long roomId, Instant startsAt, Instant freeAt) {

	boolean overlaps(Instant from, Instant to) {
		return this.startsAt.isBefore(to) && this.freeAt.isAfter(from);
	}

}
