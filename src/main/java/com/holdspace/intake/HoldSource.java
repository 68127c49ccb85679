package com.holdspace.intake;

import org.springframework.modulith.NamedInterface;

/** Where the answer that raised a hold was given. */
@NamedInterface("api")
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
