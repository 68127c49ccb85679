package com.holdspace.retention;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Keeping a record for now: why, and in how many months's review it comes back. */
public class KeepForm {

	@NotBlank(message = "{retention.error.reason}")
	@Size(max = 1000, message = "{validation.tooLong}")
	private String reason;

	@NotNull(message = "{validation.required}")
	@Min(value = 1, message = "{retention.error.askAgain}")
	@Max(value = 24, message = "{retention.error.askAgain}")
	private Integer askAgainMonths = 12;

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Integer getAskAgainMonths() {
		return this.askAgainMonths;
	}

	public void setAskAgainMonths(Integer askAgainMonths) {
		this.askAgainMonths = askAgainMonths;
	}

}
