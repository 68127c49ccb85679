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

	/** Completes a valid intake with a consult-provider flag; returns its version number. */
	public int completeWithProviderFlag(long clientId, long therapistId) {
		var answers = IntakeAnswers.complete();
		answers.setDepression(true);
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
