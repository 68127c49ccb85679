package com.holdspace.intake;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Whether a medical condition rules out massage: an explicit "not sure" sends the therapist to the
 * treating physician rather than letting a guess stand.
 */
public enum Contraindication {

	NO, YES, UNSURE;

	/** Intakes completed before "not sure" existed stored a yes or no. */
	@JsonCreator
	static Contraindication from(Object stored) {
		if (stored instanceof Boolean yes) {
			return yes ? YES : NO;
		}
		return valueOf(String.valueOf(stored));
	}

}
