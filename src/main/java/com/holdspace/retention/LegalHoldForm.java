package com.holdspace.retention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Placing or lifting a legal hold, and why. */
public class LegalHoldForm {

	@NotBlank(message = "{retention.hold.error.reason}")
	@Size(max = 1000, message = "{validation.tooLong}")
	private String reason;

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
