package com.holdspace.booking;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** What the booking form sends: the client and the kind of session, then who, where and when. */
public class BookingForm extends SessionTimeForm {

	@NotNull
	private UUID creationToken = UUID.randomUUID();

	@NotNull(message = "{booking.client.required}")
	private Long clientId;

	@NotNull(message = "{booking.type.required}")
	private Long sessionTypeId;

	public UUID getCreationToken() {
		return this.creationToken;
	}

	public void setCreationToken(UUID creationToken) {
		this.creationToken = creationToken;
	}

	public Long getClientId() {
		return this.clientId;
	}

	public void setClientId(Long clientId) {
		this.clientId = clientId;
	}

	public Long getSessionTypeId() {
		return this.sessionTypeId;
	}

	public void setSessionTypeId(Long sessionTypeId) {
		this.sessionTypeId = sessionTypeId;
	}

}
