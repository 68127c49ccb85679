package com.holdspace.audit;

/**
 * The clinical records whose history is kept, by the entity's name, so the audit package reads
 * them without depending on the features that write them.
 */
public enum RecordKind {

	INTAKE_DRAFT("IntakeDraft"), INTAKE_VERSION("IntakeVersion"), SELF_FILL("SelfFillSitting"),
	CONSENT("SignedConsent"), WITHDRAWAL("ConsentWithdrawal"), SESSION("SessionRecord"),
	AMENDMENT("SessionAmendment"), AFTERCARE("AftercarePlan");

	private final String entityName;

	RecordKind(String entityName) {
		this.entityName = entityName;
	}

	String entityName() {
		return this.entityName;
	}

}
