package com.holdspace.intake;

/** How a body region may be touched. Tapping a region on the body map cycles through these. */
public enum RegionState {

	OK, CARE, AVOID

}
