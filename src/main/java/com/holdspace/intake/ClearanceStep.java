package com.holdspace.intake;

/** A referral to a specialist (refer-and-pause only), then the clearance that lifts the flag. */
public enum ClearanceStep {

	REFERRAL, CLEARANCE

}
