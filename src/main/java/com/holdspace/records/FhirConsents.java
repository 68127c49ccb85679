package com.holdspace.records;

import java.time.Instant;
import java.util.Date;

import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Period;

import com.holdspace.consent.ConsentKind;
import com.holdspace.consent.ConsentMethod;
import com.holdspace.consent.GivenConsent;

/**
 * A consent given as a {@code Consent}. Treatment consent is scope {@code treatment}; consent to talk
 * with the client's mental-health provider is scope {@code patient-privacy} (it lets the clinic share
 * what it knows). Both are LOINC 59284-0, "Patient Consent". A withdrawn consent is {@code inactive}
 * ("terminated", in R4's words), its provision ending at the withdrawal; {@code rejected} is for a
 * consent that was never given, which Holdspace does not record.
 */
final class FhirConsents {

	static final String SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";

	static final String LOINC = "http://loinc.org";

	private final FhirScope scope;

	FhirConsents(FhirScope scope) {
		this.scope = scope;
	}

	/**
	 * @param withdrawnAt when the consent was withdrawn, or null
	 * @param withdrawal who withdrew it and why, in the clinic's words, or null
	 */
	Consent consent(GivenConsent given, Instant withdrawnAt, String withdrawal) {
		Consent consent = this.scope.ids().identify(new Consent(), given.id());
		consent.setStatus((withdrawnAt == null) ? Consent.ConsentState.ACTIVE : Consent.ConsentState.INACTIVE);
		boolean treatment = given.kind() == ConsentKind.TREATMENT;
		consent.setScope(treatment ? FhirScope.coded(SCOPE, "treatment", "Treatment")
				: FhirScope.coded(SCOPE, "patient-privacy", "Privacy Consent"));
		consent.addCategory(FhirScope.coded(LOINC, "59284-0", "Patient Consent"));
		consent.setPatient(this.scope.patient());
		consent.setDateTimeElement(this.scope.dateTime(given.signedAt()));
		consent.addPerformer(this.scope.patient());
		consent.addOrganization(this.scope.clinic());
		String version = given.title() + ", version " + given.number();
		// the text signed is the clinic's, one URL per version: the rule the client agreed to
		String text = this.scope.ids().canonical("consent-text/" + given.kind().name().toLowerCase().replace('_', '-')
				+ "/" + given.number());
		consent.setSource(new Attachment().setTitle(version).setUrl(text).setCreation(Date.from(given.signedAt())));
		consent.addPolicy().setAuthority(this.scope.ids().clinic()).setUri(text);
		var provision = consent.getProvision();
		provision.setType(Consent.ConsentProvisionType.PERMIT);
		provision.setPeriod(new Period().setStart(Date.from(given.signedAt()))
			.setEnd((withdrawnAt != null) ? Date.from(withdrawnAt) : null));
		consent.setText(FhirNarrative.titled(version)
			.line("Given", this.scope.dateTime(given.signedAt()).getValueAsString())
			.line("How", method(given.method()))
			.line("Witness", given.witnessName())
			.line("Withdrawn", (withdrawnAt != null) ? this.scope.dateTime(withdrawnAt).getValueAsString() : null)
			.line(withdrawal)
			.build());
		return consent;
	}

	private static String method(ConsentMethod method) {
		return switch (method) {
			case WRITTEN -> "signed on the clinic's tablet";
			case VERBAL -> "given aloud";
			case SIGNED_REMOTELY -> "signed by the client at home";
		};
	}

}
