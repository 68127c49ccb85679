package com.holdspace.intake;

import java.util.UUID;

import org.springframework.stereotype.Component;

/** Completed intakes for tests outside this package. */
@Component
public class IntakeFixtures {

	private final IntakeService intakeService;

	IntakeFixtures(IntakeService intakeService) {
		this.intakeService = intakeService;
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
