package com.holdspace.intake;

/**
 * A referral or clearance that cannot be recorded as it stands. The message is a message key; the
 * field, when there is one, is where the message goes on the form.
 */
class ClearanceRefusedException extends RuntimeException {

	private final String field;

	ClearanceRefusedException(String messageKey) {
		this(messageKey, null);
	}

	ClearanceRefusedException(String messageKey, String field) {
		super(messageKey);
		this.field = field;
	}

	String getField() {
		return this.field;
	}

}
