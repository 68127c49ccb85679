package com.holdspace.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/** What the booking form sends. Date and time are the clinic's wall-clock time. */
public class BookingForm {

	@NotNull
	private UUID creationToken = UUID.randomUUID();

	@NotNull(message = "{booking.client.required}")
	private Long clientId;

	@NotNull(message = "{booking.type.required}")
	private Long sessionTypeId;

	@NotNull(message = "{booking.therapist.required}")
	private Long therapistId;

	/** Empty means any free room. */
	private Long roomId;

	@NotNull(message = "{booking.date.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotNull(message = "{booking.time.required}")
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime time;

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

	public Long getTherapistId() {
		return this.therapistId;
	}

	public void setTherapistId(Long therapistId) {
		this.therapistId = therapistId;
	}

	public Long getRoomId() {
		return this.roomId;
	}

	public void setRoomId(Long roomId) {
		this.roomId = roomId;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public LocalTime getTime() {
		return this.time;
	}

	public void setTime(LocalTime time) {
		this.time = time;
	}

}
