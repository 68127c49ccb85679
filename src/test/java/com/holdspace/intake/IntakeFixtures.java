package com.holdspace.intake;

import java.util.UUID;

import org.springframework.stereotype.Component;

import com.holdspace.TestClock;
import com.holdspace.staff.Role;

/** Completed intakes for tests outside this package. */
@Component
public class IntakeFixtures {

	private final IntakeService intakeService;

	private final ClinicalHolds holds;

	IntakeFixtures(IntakeService intakeService, ClinicalHolds holds) {
		this.intakeService = intakeService;
		this.holds = holds;
	}

	/**
	 * Records the referral of the client's open refer-and-pause hold (by one therapist, to Dr Rao,
	 * trauma psychologist) and its clearance on Dr Rao's written advice (by another); answers the hold's id.
	 */
	public long referAndClear(long clientId, long referrerId, long clearerId) {
		long holdId = this.holds.activeHolds(clientId)
			.stream()
			.filter(hold -> hold.kind() == FlagKind.REFER_AND_PAUSE)
			.findFirst()
			.orElseThrow()
			.id();
		this.holds.recordStep(clientId, holdId, ClearanceStep.REFERRAL,
				step("Dr Rao", "Trauma psychologist", "Referred by phone", null, null), referrerId, "Referring therapist",
				Role.THERAPIST);
		this.holds.recordStep(clientId, holdId, ClearanceStep.CLEARANCE,
				step("Dr Rao", "Trauma psychologist", "Safe to resume gentle work", LicensedRole.PSYCHOLOGIST,
						ConsultBasis.WRITTEN_ADVICE),
				clearerId, "Clearing therapist", Role.THERAPIST);
		return holdId;
	}

	private static HoldStepForm step(String name, String role, String note, LicensedRole licensed, ConsultBasis basis) {
		var form = new HoldStepForm();
		form.setPersonName(name);
		form.setPersonRole(role);
		form.setAdviceOn(TestClock.today());
		form.setNote(note);
		form.setLicensedRole(licensed);
		form.setBasis(basis);
		return form;
	}

	/**
	 * Completes a valid intake without flags: stop signal "pineapple", the chest with care, the
	 * abdomen avoided. Returns its version number.
	 */
	public int complete(long clientId, long therapistId) {
		return this.intakeService.complete(clientId, IntakeAnswers.complete(), UUID.randomUUID(), therapistId,
				"Test therapist")
			.getNumber();
	}

	/** Completes an intake with a recent surgery on that date (no deep work until twelve weeks on). */
	public int completeWithSurgery(long clientId, long therapistId, java.time.LocalDate surgery) {
		return this.intakeService.complete(clientId, IntakeAnswers.withSurgery(surgery), UUID.randomUUID(),
				therapistId, "Test therapist")
			.getNumber();
	}

	/** Completes a valid intake with a consult-provider flag; returns its version number. */
	public int completeWithProviderFlag(long clientId, long therapistId) {
		var answers = IntakeAnswers.complete();
		answers.setDepression(true);
		return this.intakeService.complete(clientId, answers, UUID.randomUUID(), therapistId, "Test therapist")
			.getNumber();
	}

	/** Completes an intake of a client who hopes for release: an extended session is suggested. */
	public int completeSuggestingExtended(long clientId, long therapistId) {
		var answers = IntakeAnswers.complete();
		answers.setHopesForRelease(true);
		return this.intakeService.complete(clientId, answers, UUID.randomUUID(), therapistId, "Test therapist")
			.getNumber();
	}

	/** Completes an intake that discloses flashbacks: somatic work is on hold until cleared. */
	public int completeWithReferAndPause(long clientId, long therapistId) {
		var answers = IntakeAnswers.complete();
		answers.setFlashbacks(true);
		return this.intakeService.complete(clientId, answers, UUID.randomUUID(), therapistId, "Test therapist")
			.getNumber();
	}

}
