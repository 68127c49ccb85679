package com.holdspace.staff;

import org.springframework.modulith.NamedInterface;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new password typed twice, held to the password policy; the forms that set one (changing one's
 * own, accepting a portal invitation) add what else they need. Whether the two match is checked
 * where the password is set.
 */
@NamedInterface("api")
public class NewPasswordForm {

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
