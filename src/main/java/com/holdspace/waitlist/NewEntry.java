package com.holdspace.waitlist;

import java.util.List;

/** What staff ask for when they put a client on the waitlist. {@code therapistId} null: any therapist. */
record NewEntry(long sessionTypeId, Long therapistId, List<WaitlistWindow> windows, String note) {
}
