package com.holdspace.session;

import org.springframework.modulith.NamedInterface;

/** What the body or the client showed during a session; each is normal and recorded as seen. */
@NamedInterface("api")
public enum ReleaseEvent {

	CRYING, DEEP_BREATHING, LAUGHING, VOCAL_SOUNDS, TREMBLING, WARMTH, TINGLING, OPENING, MEMORIES_SURFACING,
	DISSOCIATION_SIGNS, STOP_SIGNAL_USED, SADNESS, ANGER, JOY, RELIEF;

	/** Signs that call for stopping strokes and grounding at once. */
	public boolean isAlarm() {
		return this == DISSOCIATION_SIGNS || this == STOP_SIGNAL_USED || this == MEMORIES_SURFACING;
	}

	/** Signs after which touch waits for grounding and for asking the client whether to go on. */
	public boolean needsGrounding() {
		return this == DISSOCIATION_SIGNS || this == MEMORIES_SURFACING;
	}

	/** Emotions as they show, as the practice names them. */
	public boolean isEmotion() {
		return this == SADNESS || this == ANGER || this == JOY || this == RELIEF;
	}

}
