package com.holdspace.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Changing one's own password: the one in use, then the new one twice. */
public class PasswordChangeForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = PasswordPolicy.MAX_LENGTH, message = "{validation.password}")
	private String current;

	@NotBlank(message = "{validation.required}")
	@Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{validation.password}")
	@PasswordFits
	private String password;

	private String repeat;

	public String getCurrent() {
		return this.current;
	}

	public void setCurrent(String current) {
		this.current = current;
	}

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
