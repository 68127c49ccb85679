package com.holdspace.intake;

import java.time.Instant;

/** The draft was saved from another device since this one loaded it. */
class StaleDraftException extends RuntimeException {

	private final Instant savedAt;

	StaleDraftException(Instant savedAt) {
		super("The intake draft was changed elsewhere at " + savedAt);
		this.savedAt = savedAt;
	}

	Instant savedAt() {
		return this.savedAt;
	}

}
