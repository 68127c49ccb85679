package com.holdspace.intake;

/**
 * The answers only staff give. When the client fills in their part on the tablet, these are
 * neither shown nor sent, so what the therapist had entered is carried over unchanged.
 */
final class StaffAnswers {

	private StaffAnswers() {
	}

	/** Names of the staff-only answers, as fields of {@link IntakeForm}. */
	static final java.util.Set<String> FIELDS = java.util.Set.of("emergencyContactsConfirmed", "sensationsExplained",
			"uncontrolledSymptoms", "contraindicatingCondition", "contraindicationDetail", "contraindicatedRegions",
			"staffNotes");

	static void keep(IntakeForm from, IntakeForm into) {
		into.setEmergencyContactsConfirmed(from.getEmergencyContactsConfirmed());
		into.setSensationsExplained(from.getSensationsExplained());
		into.setUncontrolledSymptoms(from.getUncontrolledSymptoms());
		into.setContraindicatingCondition(from.getContraindicatingCondition());
		into.setContraindicationDetail(from.getContraindicationDetail());
		into.setContraindicatedRegions(from.getContraindicatedRegions());
		into.setStaffNotes(from.getStaffNotes());
	}

	/** Leaves only what the client answers themselves. */
	static void clear(IntakeForm answers) {
		keep(new IntakeForm(), answers);
	}

}
