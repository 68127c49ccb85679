package com.holdspace.intake;

/** The licensed clinicians whose advice clears a refer-and-pause hold. */
public enum LicensedRole {

	PSYCHOLOGIST, PSYCHIATRIST, PHYSICIAN, COUNSELLOR_OR_PSYCHOTHERAPIST, OTHER_LICENSED_CLINICIAN

}
