package com.holdspace.aftercare;

import java.time.Instant;

/** An urgent check-in as the therapist's day shows it: whose, the score, their words and when. */
record UrgentCheckIn(long clientId, int feeling, String words, Instant sentAt) {
}
