package com.holdspace.portal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.holdspace.staff.PasswordFits;
import com.holdspace.staff.PasswordPolicy;

/** The password a client chooses from their invitation, typed twice. */
public class AcceptInvitationForm {

	@NotBlank(message = "{validation.required}")
	@Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{validation.password}")
	@PasswordFits
	private String password;

	private String repeat;

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getRepeat() {
		return this.repeat;
	}

	public void setRepeat(String repeat) {
		this.repeat = repeat;
	}

}
