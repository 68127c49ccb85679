package com.holdspace.intake;

import org.springframework.modulith.NamedInterface;

/** How a body region may be touched. Tapping a region on the body map cycles through these. */
@NamedInterface("api")
public enum RegionState {

	OK, CARE, AVOID

}
