package com.holdspace.consent;

import org.springframework.modulith.NamedInterface;

@NamedInterface("api")
public enum ConsentKind {

	/** Consent to the massage and bodywork itself; renewed after the clinic's renewal period. */
	TREATMENT,

	/** Consent to talk with the client's mental-health provider, within a scope and until a date. */
	PROVIDER_COMMUNICATION

}
