package com.holdspace.portal;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * The session a client confirms: the type, the therapist and the start they chose on the page
 * before. The token is made when the confirmation is shown, so a double tap books once.
 */
public class OnlineBookingForm {

	@NotNull
	private UUID creationToken;

	@NotNull
	private Long sessionTypeId;

	@NotNull
	private Long therapistId;

	@NotNull
	private Instant startsAt;

	public UUID getCreationToken() {
		return this.creationToken;
	}

	public void setCreationToken(UUID creationToken) {
		this.creationToken = creationToken;
	}

	public Long getSessionTypeId() {
		return this.sessionTypeId;
	}

	public void setSessionTypeId(Long sessionTypeId) {
		this.sessionTypeId = sessionTypeId;
	}

	public Long getTherapistId() {
		return this.therapistId;
	}

	public void setTherapistId(Long therapistId) {
		this.therapistId = therapistId;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public void setStartsAt(Instant startsAt) {
		this.startsAt = startsAt;
	}

}
