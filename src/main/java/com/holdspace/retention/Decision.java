package com.holdspace.retention;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A review an admin decided: kept for now (with the reason and when it comes back) or disposed of.
 *
 * @param legalName the client's name, or null once the record is disposed of
 * @param status KEPT, CONFIRMED or DISPOSED
 */
public record Decision(long reviewId, long clientId, String legalName, String status, RetentionRule.Rule rule,
		String decidedByName, Instant decidedAt, String reason, LocalDate askAgainOn) {

	public boolean disposed() {
		return "DISPOSED".equals(this.status);
	}

}
