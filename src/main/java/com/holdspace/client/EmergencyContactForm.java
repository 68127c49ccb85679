package com.holdspace.client;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One emergency contact row; a fully blank row is ignored, a half-filled one is an error. */
public class EmergencyContactForm {

	@Size(max = 120, message = "{validation.tooLong}")
	private String name;

	@Size(max = 60, message = "{validation.tooLong}")
	private String relationship;

	@Pattern(regexp = ClientForm.PHONE_PATTERN, message = "{validation.phone}")
	private String phone;

	public EmergencyContactForm() {
	}

	EmergencyContactForm(EmergencyContact contact) {
		this.name = contact.getName();
		this.relationship = contact.getRelationship();
		this.phone = contact.getPhone();
	}

	boolean isBlank() {
		return this.name == null && this.relationship == null && this.phone == null;
	}

	boolean isComplete() {
		return this.name != null && this.relationship != null && this.phone != null;
	}

	EmergencyContact toContact() {
		return new EmergencyContact(this.name, this.relationship, this.phone);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getRelationship() {
		return this.relationship;
	}

	public void setRelationship(String relationship) {
		this.relationship = relationship;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

}
