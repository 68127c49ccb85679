package com.holdspace.booking;

import java.time.Duration;

import org.springframework.modulith.NamedInterface;

/** A kind of session as other modules see it: its name, its length, the time it holds, and touch or not. */
@NamedInterface("api")
public record SessionTypeView(long id, String name, int durationMinutes, int bufferMinutes, boolean involvesTouch,
		boolean active, boolean onlineForNew, boolean onlineForReturning) {

	static SessionTypeView of(SessionType type) {
		return new SessionTypeView(type.getId(), type.getName(), type.getDurationMinutes(), type.getBufferMinutes(),
				type.isInvolvesTouch(), type.isActive(), type.isOnlineForNew(), type.isOnlineForReturning());
	}

	public Duration duration() {
		return Duration.ofMinutes(this.durationMinutes);
	}

	/** The session and the quiet time after it: how long therapist and room are taken. */
	public Duration occupies() {
		return Duration.ofMinutes((long) this.durationMinutes + this.bufferMinutes);
	}

}
