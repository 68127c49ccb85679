package com.holdspace.intake;

import org.springframework.modulith.NamedInterface;

/** A referral to a specialist (refer-and-pause only), then the clearance that lifts the flag. */
@NamedInterface("api")
public enum ClearanceStep {

	REFERRAL, CLEARANCE

}
