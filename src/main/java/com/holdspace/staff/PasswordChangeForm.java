package com.holdspace.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Changing one's own password: the one in use, then the new one twice. */
public class PasswordChangeForm extends NewPasswordForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = PasswordPolicy.MAX_LENGTH, message = "{validation.password}")
	private String current;

	public String getCurrent() {
		return this.current;
	}

	public void setCurrent(String current) {
		this.current = current;
	}

}
