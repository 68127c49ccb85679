package com.holdspace.session;

import org.springframework.modulith.NamedInterface;

/** The kind of touch in a block. */
@NamedInterface("api")
public enum Technique {

	DEEP_TISSUE, MYOFASCIAL_RELEASE, CRANIOSACRAL, STRETCHING, SPORTS, SWEDISH, OTHER;

	/** Deep tissue work is what "no deep or prolonged work" rules out. */
	public boolean isDeep() {
		return this == DEEP_TISSUE;
	}

}
