package com.holdspace.staff;

import java.time.Instant;

/**
 * One signed-in session of an account, as the admin sees it. {@code key} names it without giving
 * its id away: a session id is as good as a password while it lasts.
 */
public record OpenSession(String key, Instant startedAt, Instant lastActiveAt, Instant endsAt) {
}
