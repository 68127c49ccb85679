package com.holdspace.records;

import java.util.Date;

import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Period;

import com.holdspace.consent.ConsentKind;
import com.holdspace.consent.ConsentMethod;
import com.holdspace.consent.ConsentRecord;

/**
 * A consent given as a {@code Consent}. Treatment consent is scope {@code treatment}; consent to talk
 * with the client's mental-health provider is scope {@code patient-privacy} (it lets the clinic share
 * what it knows), the provider its information recipient. Both are LOINC 59284-0, "Patient Consent".
 * A withdrawn consent is {@code inactive} ("terminated", in R4's words), its provision ending at the
 * withdrawal; {@code rejected} is for a consent that was never given, which Holdspace does not record.
 */
final class FhirConsents {

	static final String SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";

	static final String LOINC = "http://loinc.org";

	static final String PARTICIPATION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";

	private final FhirScope scope;

	FhirConsents(FhirScope scope) {
		this.scope = scope;
	}

	Consent consent(ConsentRecord given) {
		ConsentRecord.Withdrawal withdrawal = given.withdrawal();
		Consent consent = this.scope.ids().identify(new Consent(), given.id());
		consent.setStatus((withdrawal == null) ? Consent.ConsentState.ACTIVE : Consent.ConsentState.INACTIVE);
		boolean treatment = given.kind() == ConsentKind.TREATMENT;
		consent.setScope(treatment ? FhirScope.coded(SCOPE, "treatment", "Treatment")
				: FhirScope.coded(SCOPE, "patient-privacy", "Privacy Consent"));
		consent.addCategory(FhirScope.coded(LOINC, "59284-0", "Patient Consent"));
		consent.setPatient(this.scope.patient());
		consent.setDateTimeElement(this.scope.dateTime(given.signedAt()));
		consent.addPerformer(this.scope.patient());
		consent.addOrganization(this.scope.clinic());
		String version = given.title() + ", version " + given.number();
		// the text agreed to is the clinic's, one URL per version: the rule the client agreed to
		String text = this.scope.ids().canonical("consent-text/" + given.kind().name().toLowerCase().replace('_', '-')
				+ "/" + given.number());
		consent.setSource(new Attachment().setTitle(version).setUrl(text).setCreation(Date.from(given.signedAt())));
		consent.addPolicy().setAuthority(this.scope.ids().clinic()).setUri(text);
		var provision = consent.getProvision();
		provision.setType(Consent.ConsentProvisionType.PERMIT);
		Period period = new Period().setStart(Date.from(given.signedAt()));
		if (withdrawal != null) {
			period.setEnd(Date.from(withdrawal.withdrawnAt()));
		}
		else if (given.expiresOn() != null) {
			period.setEndElement(new org.hl7.fhir.r4.model.DateTimeType(given.expiresOn().toString()));
		}
		provision.setPeriod(period);
		if (given.providerName() != null) {
			provision.addActor()
				.setRole(FhirScope.coded(PARTICIPATION, "IRCP", "information recipient"))
				.setReference(FhirScope.named(given.providerName()));
		}
		consent.setText(FhirNarrative.titled(version)
			.line("Given", this.scope.dateTime(given.signedAt()).getValueAsString())
			.line("How", method(given.method()))
			.line("Signed as", given.signerName())
			.line("Witness", given.witnessName())
			.line("Provider", given.providerName())
			.line("How to reach them", given.providerContact())
			.line("What may be shared", given.sharedScope())
			.line("Until", given.expiresOn())
			.line("SHA-256 of the text, name, signature and moment", given.contentSha256())
			.line(given.intact() ? null : "The stored consent no longer matches its SHA-256")
			.line("Withdrawn", (withdrawal != null) ? this.scope.dateTime(withdrawal.withdrawnAt()).getValueAsString() : null)
			.line("Withdrawn by", (withdrawal == null) ? null : withdrawal.byTheClient() ? "the client" : "the clinic")
			.line("Why", (withdrawal != null) ? withdrawal.reason() : null)
			.line("Recorded by", (withdrawal != null) ? withdrawal.recordedByName() : null)
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
