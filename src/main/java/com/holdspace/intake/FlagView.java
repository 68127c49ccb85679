package com.holdspace.intake;

import java.util.List;

/**
 * A flag as a therapist sees it: why it was raised and, for flags that need one, the referral and
 * clearance recorded so far. {@code fromDraft} marks flags raised by answers not yet completed.
 */
public record FlagView(FlagKind kind, List<FlagReason> reasons, boolean urgent, IntakeClearance referral,
		IntakeClearance clearance, boolean fromDraft) {

	public boolean isCleared() {
		return this.kind.isClearable() && this.clearance != null;
	}

	/** Whether this flag stops somatic work (and booking a massage) right now. */
	public boolean isBlocking() {
		return this.kind == FlagKind.REFER_AND_PAUSE && !isCleared();
	}

	public boolean needsReferral() {
		return this.kind == FlagKind.REFER_AND_PAUSE && this.referral == null && !this.fromDraft;
	}

	public boolean needsClearance() {
		return this.kind.isClearable() && this.clearance == null && !this.fromDraft && !needsReferral();
	}

}
