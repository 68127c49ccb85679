package com.holdspace.retention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The confirmation of a disposal: the client's name, typed by the admin. */
public class DisposeForm {

	@NotBlank(message = "{retention.error.nameMissing}")
	@Size(max = 300, message = "{validation.tooLong}")
	private String confirmName;

	public String getConfirmName() {
		return this.confirmName;
	}

	public void setConfirmName(String confirmName) {
		this.confirmName = confirmName;
	}

}
