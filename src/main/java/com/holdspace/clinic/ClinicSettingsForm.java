package com.holdspace.clinic;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class ClinicSettingsForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 2000, message = "{validation.tooLong}")
	private String crisisContacts;

	private int version;

	public String getCrisisContacts() {
		return this.crisisContacts;
	}

	public void setCrisisContacts(String crisisContacts) {
		this.crisisContacts = crisisContacts;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
