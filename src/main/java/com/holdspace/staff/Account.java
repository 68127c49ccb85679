package com.holdspace.staff;


import com.holdspace.shared.BaseEntity;
import com.holdspace.shared.Emails;
import com.holdspace.shared.ReferenceRowListener;
import com.holdspace.shared.Refused;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A person who can sign in to Holdspace. */
@Entity
@EntityListeners(ReferenceRowListener.class)
@Table(name = "account")
public class Account extends BaseEntity {

	@Column(nullable = false)
	private String email;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "client_id")
	private Long clientId;

	/** Set once the person has proven their authenticator app works; see SecondFactor. */
	/** A staff member's home site: where a therapist works and the desk's calendar opens. */
	@Column(name = "site_id")
	private Long siteId;

	@Column(name = "experienced_in_release")
	private boolean experiencedInRelease;

	@Column(name = "second_factor_since")
	private java.time.Instant secondFactorSince;

	protected Account() {
	}

	private Account(String email, String displayName, String passwordHash, Role role, Long clientId) {
		this.email = Emails.normalise(email);
		this.displayName = displayName.strip();
		this.passwordHash = passwordHash;
		this.role = role;
		this.clientId = clientId;
	}

	public static Account staff(String email, String displayName, String passwordHash, Role role, long siteId) {
		if (!role.isStaff()) {
			throw new IllegalArgumentException("A staff account needs a staff role, not " + role);
		}
		Account account = new Account(email, displayName, passwordHash, role, null);
		account.siteId = siteId;
		return account;
	}

	/** A portal login that belongs to exactly one client record. */
	public static Account client(String email, String displayName, String passwordHash, long clientId) {
		return new Account(email, displayName, passwordHash, Role.CLIENT, clientId);
	}

	/** Experienced in emotional-release work: offered first to a client who asked for such a therapist. */
	public boolean isExperiencedInRelease() {
		return this.experiencedInRelease;
	}

	void markExperiencedInRelease(boolean experienced) {
		this.experiencedInRelease = experienced;
	}

	public Long getSiteId() {
		return this.siteId;
	}

	void moveTo(long siteId) {
		if (!this.role.isStaff()) {
			throw Refused.because("staff.error.roleNotStaff");
		}
		this.siteId = siteId;
	}

	void changeRole(Role newRole) {
		if (!this.role.isStaff() || !newRole.isStaff()) {
			throw Refused.because("staff.error.roleNotStaff");
		}
		this.role = newRole;
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	void changePasswordHash(String newHash) {
		this.passwordHash = newHash;
	}

	public String getEmail() {
		return this.email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Long getClientId() {
		return this.clientId;
	}

	public boolean isAdmin() {
		return this.role == Role.ADMIN;
	}

	/** Whether sign-in asks this account for a code from its authenticator app. */
	public boolean hasSecondFactor() {
		return this.secondFactorSince != null;
	}

	public java.time.Instant getSecondFactorSince() {
		return this.secondFactorSince;
	}

}
