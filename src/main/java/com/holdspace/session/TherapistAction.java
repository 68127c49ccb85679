package com.holdspace.session;

import org.springframework.modulith.NamedInterface;

/** What the therapist did in response. */
@NamedInterface("api")
public enum TherapistAction {

	PAUSED, GROUNDING, BREATH_GUIDANCE, OFFERED_WATER_OR_TISSUES, ASKED_WHETHER_TO_CONTINUE, STOPPED

}
