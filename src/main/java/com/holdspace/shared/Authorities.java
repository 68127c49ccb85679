package com.holdspace.shared;

/**
 * Authority names that more than one module reads. The pending second factor sits here, not in
 * staff, so the layout can tell a half-signed-in person apart without depending on staff.
 */
public final class Authorities {

	/** Held between a correct password and a correct second factor, and by nobody else. */
	public static final String SECOND_FACTOR_PENDING = "SECOND_FACTOR_PENDING";

	private Authorities() {
	}

}
