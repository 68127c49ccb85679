package com.holdspace.records;

import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;

import com.holdspace.client.ClientView;
import com.holdspace.client.ContactMethod;
import com.holdspace.client.EmergencyContact;

/** The people of a record: the client as {@code Patient}, the clinic, and the staff who appear in it. */
final class FhirPeople {

	/** HL7 v2 table 0131, contact role: {@code C} is the emergency contact. */
	static final String CONTACT_ROLE = "http://terminology.hl7.org/CodeSystem/v2-0131";

	private final FhirScope scope;

	FhirPeople(FhirScope scope) {
		this.scope = scope;
	}

	Patient patient(ClientView client) {
		Patient patient = this.scope.ids().identify(new Patient(), client.id());
		patient.addIdentifier()
			.setSystem(this.scope.ids().canonical("client-id"))
			.setValue(Long.toString(client.id()));
		patient.setActive(true);
		// the legal name as one string: how it divides into given and family names is not ours to guess
		patient.addName().setUse(HumanName.NameUse.OFFICIAL).setText(client.legalName());
		if (client.preferredName() != null) {
			patient.addName().setUse(HumanName.NameUse.USUAL).setText(client.preferredName());
		}
		patient.setBirthDateElement(FhirScope.date(client.dateOfBirth()));
		if (client.phone() != null) {
			patient.addTelecom()
				.setSystem(ContactPoint.ContactPointSystem.PHONE)
				.setValue(client.phone())
				.setRank(client.preferredContact() == ContactMethod.EMAIL ? 2 : 1);
		}
		if (client.email() != null) {
			patient.addTelecom()
				.setSystem(ContactPoint.ContactPointSystem.EMAIL)
				.setValue(client.email())
				.setRank(client.preferredContact() == ContactMethod.EMAIL ? 1 : 2);
		}
		for (EmergencyContact contact : client.emergencyContacts()) {
			var relationship = FhirScope.coded(CONTACT_ROLE, "C", "Emergency Contact");
			patient.addContact()
				.addRelationship(relationship)
				.addRelationship(FhirScope.text(contact.getRelationship()))
				.setName(new HumanName().setText(contact.getName()))
				.addTelecom(new ContactPoint().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(contact.getPhone()));
		}
		patient.setManagingOrganization(this.scope.clinic());
		var text = FhirNarrative.titled(client.legalName())
			.line("Called", client.preferredName())
			.line("Pronouns", client.pronouns())
			.line("Born", client.dateOfBirth())
			.line("Phone", client.phone())
			.line("Email", client.email())
			.line("Prefers to be contacted by", (client.preferredContact() != null) ? client.preferredContact().name().toLowerCase() : null);
		client.emergencyContacts()
			.forEach(contact -> text.line("Emergency contact",
					contact.getName() + " (" + contact.getRelationship() + "), " + contact.getPhone()));
		patient.setText(text.build());
		return patient;
	}

	Organization clinic(String name) {
		Organization clinic = this.scope.ids().identify(new Organization(), "clinic");
		clinic.setActive(true);
		clinic.setName(name);
		clinic.addIdentifier().setSystem("urn:ietf:rfc:3986").setValue(this.scope.ids().clinic());
		clinic.setText(FhirNarrative.titled(name).line("Address", this.scope.ids().clinic()).build());
		return clinic;
	}

	Practitioner practitioner(long accountId, String name) {
		Practitioner practitioner = this.scope.ids().identify(new Practitioner(), accountId);
		practitioner.addIdentifier()
			.setSystem(this.scope.ids().canonical("staff-id"))
			.setValue(Long.toString(accountId));
		practitioner.addName().setText(name);
		practitioner.setText(FhirNarrative.titled(name).line("Staff of the clinic").build());
		return practitioner;
	}

}
