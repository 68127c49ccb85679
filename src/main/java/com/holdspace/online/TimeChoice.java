package com.holdspace.online;

import java.time.Instant;

/** A free start offered on the public page, with the therapist it would be with. */
record TimeChoice(Instant startsAt, long therapistId, String therapistName, String time) {
}
