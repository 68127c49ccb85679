package com.holdspace.aftercare;

/** A plan already handed over to the client was about to change. */
class PlanHandedOverException extends RuntimeException {

	PlanHandedOverException(Long planId) {
		super("Aftercare plan " + planId + " was handed over");
	}

}
