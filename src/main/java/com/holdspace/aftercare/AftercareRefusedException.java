package com.holdspace.aftercare;

/** A plan that cannot be saved or handed over as it stands; the message key goes next to the field. */
class AftercareRefusedException extends RuntimeException {

	private final String field;

	AftercareRefusedException(String messageKey, String field) {
		super(messageKey);
		this.field = field;
	}

	String getField() {
		return this.field;
	}

}
