package com.holdspace.booking;

import org.springframework.modulith.NamedInterface;

/**
 * Whether a client is ready for a session, as anyone at the front desk may see it: intake done,
 * consent given, an extended session suggested, and whether somatic work is on hold. It never
 * carries the clinical reason for a hold.
 */
@NamedInterface("api")
public record Readiness(IntakeReadiness.Facts intake, boolean treatmentConsentValid) {

	public boolean isIntakeComplete() {
		return this.intake.complete();
	}

	public boolean isTreatmentConsentValid() {
		return this.treatmentConsentValid;
	}

	public boolean isExtendedSessionSuggested() {
		return this.intake.extendedSessionSuggested();
	}

	/** The client asked for a therapist experienced in emotional-release work (the desk sees only that). */
	public boolean isPrefersExperienced() {
		return this.intake.prefersExperienced();
	}

	public boolean isOnHold() {
		return this.intake.somaticWorkPaused();
	}

	/** A hold on somatic work refuses every session with touch; a talk-only type may still be booked. */
	public boolean blocks(SessionType type) {
		return isOnHold() && type.isInvolvesTouch();
	}

	/** As {@link #blocks(SessionType)}, for a module that knows the type by its view. */
	public boolean blocks(SessionTypeView type) {
		return isOnHold() && type.involvesTouch();
	}

	public boolean isReady() {
		return isIntakeComplete() && isTreatmentConsentValid() && !isOnHold();
	}

}
