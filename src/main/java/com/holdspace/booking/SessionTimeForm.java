package com.holdspace.booking;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Who, where and when, as the booking and the move forms ask for it. Date and time are the
 * clinic's wall-clock time.
 */
public abstract class SessionTimeForm {

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
