package com.holdspace.consent;

import org.springframework.modulith.NamedInterface;

/**
 * Written consent is signed on the tablet with a therapist as witness; verbal consent is given aloud
 * and witnessed; consent signed remotely is signed by the client at home, in the portal, alone.
 */
@NamedInterface("api")
public enum ConsentMethod {

	WRITTEN, VERBAL, SIGNED_REMOTELY;

	/** Whether the client signed it in their own hand (on the tablet or at home), not only said it. */
	public boolean isSigned() {
		return this != VERBAL;
	}

}
