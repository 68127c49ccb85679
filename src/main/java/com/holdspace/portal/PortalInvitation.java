package com.holdspace.portal;

import java.time.Instant;

import org.hibernate.annotations.DynamicUpdate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An invitation to the portal, sent to the client's email. Only the SHA-256 of the link's secret is
 * kept; the link sets a password once, until it runs out or is revoked.
 */
@Entity
@Table(name = "portal_invitation")
@DynamicUpdate
class PortalInvitation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "client_id")
	private long clientId;

	private String email;

	@Column(name = "token_sha256")
	private String tokenSha256;

	@Column(name = "invited_by")
	/** Null when the client asked for it themself, by confirming an online booking. */
	private Long invitedBy;

	@Column(name = "invited_by_name")
	private String invitedByName;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "accepted_at")
	private Instant acceptedAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected PortalInvitation() {
	}

	PortalInvitation(long clientId, String email, String tokenSha256, Long invitedBy, String invitedByName,
			Instant createdAt, Instant expiresAt) {
		this.clientId = clientId;
		this.email = email;
		this.tokenSha256 = tokenSha256;
		this.invitedBy = invitedBy;
		this.invitedByName = invitedByName;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	/** Whether the link still sets a password at that moment. */
	boolean isOpenAt(Instant now) {
		return this.acceptedAt == null && this.revokedAt == null && now.isBefore(this.expiresAt);
	}

	void accept(Instant at) {
		this.acceptedAt = at;
	}

	void revoke(Instant at) {
		this.revokedAt = at;
	}

	long getClientId() {
		return this.clientId;
	}

	String getEmail() {
		return this.email;
	}

	String getInvitedByName() {
		return this.invitedByName;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

}
