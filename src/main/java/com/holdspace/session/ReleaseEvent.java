package com.holdspace.session;

/** What the body or the client showed during a session; each is normal and recorded as seen. */
public enum ReleaseEvent {

	CRYING, DEEP_BREATHING, LAUGHING, VOCAL_SOUNDS, TREMBLING, WARMTH, TINGLING, OPENING, MEMORIES_SURFACING,
	DISSOCIATION_SIGNS, STOP_SIGNAL_USED;

	/** Signs that call for stopping strokes and grounding at once. */
	public boolean isAlarm() {
		return this == DISSOCIATION_SIGNS || this == STOP_SIGNAL_USED || this == MEMORIES_SURFACING;
	}

}
