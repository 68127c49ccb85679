package com.holdspace.portal;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

/** A new start (and perhaps therapist) for one of the client's own bookings, as seen at {@code version}. */
public class MoveBookingForm {

	private int version;

	@NotNull
	private Long therapistId;

	@NotNull
	private Instant startsAt;

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
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
