package com.holdspace.intake;

/**
 * The answers only staff give. When the client fills in their part on the tablet, these are
 * neither shown nor sent, so what the therapist had entered is carried over unchanged.
 */
final class StaffAnswers {

	private StaffAnswers() {
	}

	static void keep(IntakeForm from, IntakeForm into) {
		into.setEmergencyContactsConfirmed(from.getEmergencyContactsConfirmed());
		into.setSensationsExplained(from.getSensationsExplained());
		into.setUncontrolledSymptoms(from.getUncontrolledSymptoms());
		into.setContraindicatingCondition(from.getContraindicatingCondition());
		into.setContraindicationDetail(from.getContraindicationDetail());
		into.setStaffNotes(from.getStaffNotes());
	}

}
