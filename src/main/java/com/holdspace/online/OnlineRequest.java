package com.holdspace.online;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A new client's online booking waiting for, or confirmed by, the link emailed to them. Only the
 * link's hash is kept: the link itself exists in the client's inbox alone.
 */
@Entity
@Table(name = "online_request")
class OnlineRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "token_sha256")
	private String tokenSha256;

	@Column(name = "booking_id")
	private long bookingId;

	@Column(name = "client_id")
	private long clientId;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "confirmed_at")
	private Instant confirmedAt;

	@Column(name = "new_client")
	private boolean newClient;

	protected OnlineRequest() {
	}

	OnlineRequest(String tokenSha256, long bookingId, long clientId, boolean newClient, Instant createdAt,
			Instant expiresAt) {
		this.newClient = newClient;
		this.tokenSha256 = tokenSha256;
		this.bookingId = bookingId;
		this.clientId = clientId;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	void confirmed(Instant at) {
		if (this.confirmedAt == null) {
			this.confirmedAt = at;
		}
	}

	boolean isConfirmed() {
		return this.confirmedAt != null;
	}

	boolean hasLapsedAt(Instant now) {
		return !isConfirmed() && !now.isBefore(this.expiresAt);
	}

	long getBookingId() {
		return this.bookingId;
	}

	boolean isNewClient() {
		return this.newClient;
	}

	long getClientId() {
		return this.clientId;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

}
