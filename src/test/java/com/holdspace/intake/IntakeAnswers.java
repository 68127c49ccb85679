package com.holdspace.intake;

import java.time.LocalDate;

/** Complete, valid intake answers for tests; each test changes what it is about. */
final class IntakeAnswers {

	private IntakeAnswers() {
	}

	static IntakeForm complete() {
		var answers = IntakeRulesTests.allNo();
		answers.setEmergencyContactsConfirmed(true);
		answers.setStopConditions("If I feel dizzy or start to panic");
		answers.setPressure(Pressure.MODERATE);
		answers.setTherapistGender(GenderPreference.NO_PREFERENCE);
		answers.setWantsExperiencedTherapist(true);
		answers.setStopSignalKind(StopSignalKind.WORD);
		answers.setStopSignal("pineapple");
		answers.setStartSignal("ready");
		answers.setCheckInFrequency(CheckInFrequency.EACH_NEW_AREA);
		answers.setSensationsExplained(true);
		answers.setGoals("Less tightness in my chest when driving");
		answers.setStabilisingResources("Calling my sister; a walk by the river");
		answers.setAcknowledgesEmotionalResponses(true);
		answers.getBodyMap().get(BodyRegion.CHEST).setState(RegionState.CARE);
		answers.getBodyMap().get(BodyRegion.ABDOMEN).setState(RegionState.AVOID);
		answers.getBodyMap().get(BodyRegion.ABDOMEN).setNote("scar tissue");
		return answers;
	}

	static IntakeForm withSurgery(LocalDate date) {
		var answers = complete();
		answers.setRecentSurgery(true);
		answers.setSurgeryDate(date);
		answers.setSurgeryWhat("appendectomy");
		return answers;
	}

}
