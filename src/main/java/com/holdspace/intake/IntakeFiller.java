package com.holdspace.intake;

/**
 * Who fills in the intake form, and where: staff at the clinic, the client on the clinic's tablet
 * (self-fill), or the client at home in the portal. The client, either way, answers only their own
 * questions, and what they say is kept as a sitting of their own.
 */
enum IntakeFiller {

	STAFF(null), TABLET(HoldSource.SELF_FILL), HOME(HoldSource.HOME);

	private final HoldSource holdSource;

	IntakeFiller(HoldSource holdSource) {
		this.holdSource = holdSource;
	}

	boolean isClient() {
		return this != STAFF;
	}

	boolean isAtHome() {
		return this == HOME;
	}

	/** Where a hold says its reason was given, when the client's answers raise one. */
	HoldSource holdSource() {
		return this.holdSource;
	}

}
