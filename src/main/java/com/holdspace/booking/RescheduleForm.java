package com.holdspace.booking;

/** A new time (and optionally therapist or room) for an existing booking, as seen at {@code version}. */
public class RescheduleForm extends SessionTimeForm {

	private int version;

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
