package com.holdspace.staff;

import com.holdspace.shared.Emails;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.holdspace.site.KnownSite;

/** What an admin types to open a staff account. */
public class NewStaffForm {

	/**
	 * The database's {@code account_email_format} check, so an address accepted here is never
	 * refused there; {@code (?U)} makes {@code \s} every Unicode space, as {@code [:space:]} is.
	 */
	static final String EMAIL_PATTERN = "(?U)^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

	@NotBlank(message = "{validation.required}")
	@Size(max = 120, message = "{validation.tooLong}")
	private String displayName;

	/** 254 characters is the longest address mail can be delivered to. */
	@NotBlank(message = "{validation.required}")
	@Email(regexp = EMAIL_PATTERN, message = "{validation.email}")
	@Size(max = 254, message = "{validation.tooLong}")
	private String email;

	@NotNull(message = "{validation.required}")
	private Role role;

	@NotBlank(message = "{validation.required}")
	@Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{validation.password}")
	@PasswordFits
	private String password;

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return this.email;
	}

	/** Kept in its one form, so the checks below and the account see the address that will be stored. */
	public void setEmail(String email) {
		this.email = (email != null) ? Emails.normalise(email) : null;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	/** The home site; empty when the clinic has one site. */
	@KnownSite
	private Long siteId;

	public Long getSiteId() {
		return this.siteId;
	}

	public void setSiteId(Long siteId) {
		this.siteId = siteId;
	}

}
