package com.holdspace.staff;

/** An account change the clinic's rules do not allow; the message is a messages.properties key. */
public class StaffRuleException extends RuntimeException {

	public StaffRuleException(String messageKey) {
		super(messageKey);
	}

	public String messageKey() {
		return getMessage();
	}

}
