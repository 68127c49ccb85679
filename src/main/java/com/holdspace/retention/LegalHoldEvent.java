package com.holdspace.retention;

import java.time.Instant;

/**
 * A legal hold placed or lifted: who, when and why. Each is a row of its own, never changed.
 *
 * @param placed true when the hold was placed, false when lifted
 */
public record LegalHoldEvent(long id, long clientId, boolean placed, String reason, long byAccount, String byName,
		Instant at) {
}
