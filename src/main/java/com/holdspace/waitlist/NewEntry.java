package com.holdspace.waitlist;

import java.util.List;
import java.util.UUID;

/** What staff ask for when they put a client on the waitlist. {@code therapistId} null: any therapist.
 * {@code creationToken} (may be null) makes a repeated submission of one form add one entry. */
record NewEntry(UUID creationToken, long sessionTypeId, Long therapistId, Long siteId, List<WaitlistWindow> windows,
		String note) {
}
