package com.holdspace.waitlist;

import java.time.Instant;
import java.util.List;

/**
 * A waiting entry with the names that go with it, for the waitlist page and the client page.
 * {@code therapistName} is null when any therapist will do; {@code openOfferUntil} is set while
 * an offer to this client is waiting for an answer.
 */
public record EntryView(long id, int version, long clientId, String clientName, String sessionTypeName,
		String therapistName, List<WaitlistWindow> windows, String note, Instant since, int offersMade,
		Instant openOfferUntil) {
}
