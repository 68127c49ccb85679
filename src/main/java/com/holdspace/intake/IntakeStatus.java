package com.holdspace.intake;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/**
 * What anyone at the clinic may know about a client's intake without reading it: whether it is
 * done, whether an extended session is suggested, and whether somatic work is on hold.
 */
@NamedInterface("api")
public record IntakeStatus(State state, Integer version, Instant completedAt, boolean draftInProgress,
		boolean extendedSessionSuggested, boolean somaticWorkPaused, boolean prefersExperienced) {

	public enum State {

		MISSING, COMPLETE

	}

	public boolean isComplete() {
		return this.state == State.COMPLETE;
	}

}
