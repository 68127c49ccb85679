package com.holdspace.intake;

/** Where the answer that raised a hold was given. */
public enum HoldSource {

	/** A completed intake version. */
	INTAKE,

	/** The client, on the clinic's tablet, while the intake was still being filled in. */
	SELF_FILL,

	/** The client, at home in the portal, while the intake was still being filled in. */
	HOME,

	/** The questions about today at the start of a session. */
	CHECK_IN

}
