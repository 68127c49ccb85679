package com.holdspace.booking;

/**
 * A change to rooms, session types or a therapist's schedule that cannot be made as asked, for a
 * reason the person can fix (a name already used, overlapping hours). {@code field} names the form
 * field the message belongs next to; {@code arguments} fill the message.
 */
class ResourceRefusedException extends RuntimeException {

	private final String field;

	private final String messageCode;

	private final Object[] arguments;

	ResourceRefusedException(String field, String messageCode, Object... arguments) {
		super(messageCode);
		this.field = field;
		this.messageCode = messageCode;
		this.arguments = arguments;
	}

	String field() {
		return this.field;
	}

	String messageCode() {
		return this.messageCode;
	}

	Object[] arguments() {
		return this.arguments.clone();
	}

}
