package com.holdspace.session;

import java.time.Instant;

import com.holdspace.shared.StaleEditException;

/**
 * The record was saved on another device after this one loaded it: nothing was overwritten. A
 * stale edit like any other (code {@code stale.session}), with when and by whom, which autosave
 * shows the therapist.
 */
class StaleSessionException extends StaleEditException {

	private final Instant changedAt;

	private final String changedBy;

	StaleSessionException(Instant changedAt, String changedBy) {
		super("Session", null);
		this.changedAt = changedAt;
		this.changedBy = changedBy;
	}

	Instant getChangedAt() {
		return this.changedAt;
	}

	String getChangedBy() {
		return this.changedBy;
	}

}
