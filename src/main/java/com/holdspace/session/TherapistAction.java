package com.holdspace.session;

/** What the therapist did in response. */
public enum TherapistAction {

	PAUSED, GROUNDING, BREATH_GUIDANCE, OFFERED_WATER_OR_TISSUES, ASKED_WHETHER_TO_CONTINUE, STOPPED

}
