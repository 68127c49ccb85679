package com.holdspace.session;

import java.time.Instant;

/** The record was saved on another device after this one loaded it: nothing was overwritten. */
class StaleSessionException extends RuntimeException {

	private final Instant changedAt;

	private final String changedBy;

	StaleSessionException(Instant changedAt, String changedBy) {
		super("Session record changed elsewhere");
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
