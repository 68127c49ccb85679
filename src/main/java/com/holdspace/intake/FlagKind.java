package com.holdspace.intake;

import org.springframework.modulith.NamedInterface;

/** The screening flags, most serious first. */
@NamedInterface("api")
public enum FlagKind {

	/** Refer to a licensed mental-health specialist and pause somatic work until cleared. */
	REFER_AND_PAUSE(true),

	/**
	 * A medical condition rules out massage of some regions (they are avoided), or the therapist is
	 * unsure whether one does: no deep work until the treating physician clears it.
	 */
	CONTRAINDICATION(true),

	/** Advise consulting the client's healthcare or mental-health provider before body-based work. */
	CONSULT_PROVIDER(true),

	/** No aggressive or prolonged deep-tissue work. */
	NO_DEEP_WORK(true),

	/** An extended session leaves room for an emotional release and the quiet time after it. */
	EXTENDED_SESSION_SUGGESTED(false);

	private final boolean held;

	FlagKind(boolean held) {
		this.held = held;
	}

	/**
	 * Whether raising this flag puts a hold on the client that stays, whatever later answers say,
	 * until a therapist records who cleared it. A suggestion is only ever worked out from answers.
	 */
	public boolean isHeld() {
		return this.held;
	}

}
