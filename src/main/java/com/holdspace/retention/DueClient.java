package com.holdspace.retention;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A client a review listed, as the admin decides on them: who they are, when they were last seen,
 * until when their record was to be kept and why, and whether a hold keeps it whatever its age.
 *
 * @param reviewId the review's row
 * @param clientId the client's id number
 * @param legalName their legal name
 * @param preferredName the name they go by, or null
 * @param dateOfBirth their date of birth
 * @param lastSession their last session, or null when they had none
 * @param countedFrom the last contact the years ran from
 * @param keptUntil the first day the record could be disposed of
 * @param rule the rule that set that day
 * @param listedAt when the review listed them
 * @param legalHold the legal hold standing, or null
 * @param clinicalHold whether a clinical hold of the SAFE intake is open
 */
public record DueClient(long reviewId, long clientId, String legalName, String preferredName, LocalDate dateOfBirth,
		LocalDate lastSession, LocalDate countedFrom, LocalDate keptUntil, RetentionRule.Rule rule, Instant listedAt,
		LegalHoldEvent legalHold, boolean clinicalHold) {

	/** Nothing under a hold of either kind is disposed of. */
	public boolean held() {
		return this.legalHold != null || this.clinicalHold;
	}

}
