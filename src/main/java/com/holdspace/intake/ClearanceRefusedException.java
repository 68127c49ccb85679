package com.holdspace.intake;

/** A referral or clearance that does not fit the flag's state; the message is a message key. */
class ClearanceRefusedException extends RuntimeException {

	ClearanceRefusedException(String messageKey) {
		super(messageKey);
	}

}
