package com.holdspace.intake;

/** The screening flags, most serious first. */
public enum FlagKind {

	/** Refer to a licensed mental-health specialist and pause somatic work until cleared. */
	REFER_AND_PAUSE(true),

	/** Advise consulting the client's healthcare or mental-health provider before body-based work. */
	CONSULT_PROVIDER(true),

	/** No aggressive or prolonged deep-tissue work. */
	NO_DEEP_WORK(false),

	/** An extended session leaves room for an emotional release and the quiet time after it. */
	EXTENDED_SESSION_SUGGESTED(false);

	private final boolean clearable;

	FlagKind(boolean clearable) {
		this.clearable = clearable;
	}

	/** Whether a therapist lifts this flag by recording a clearance, rather than by new answers. */
	public boolean isClearable() {
		return this.clearable;
	}

}
