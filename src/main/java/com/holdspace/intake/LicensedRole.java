package com.holdspace.intake;

import org.springframework.modulith.NamedInterface;

/** The licensed clinicians whose advice clears a refer-and-pause hold. */
@NamedInterface("api")
public enum LicensedRole {

	PSYCHOLOGIST, PSYCHIATRIST, PHYSICIAN, COUNSELLOR_OR_PSYCHOTHERAPIST, OTHER_LICENSED_CLINICIAN

}
