package com.holdspace.booking;

/**
 * A booking that cannot be made as asked, for a reason the person booking can fix: a start in the
 * past, outside the therapist's hours, on a day off, or a session with touch while somatic work is
 * on hold. {@code field} names the form field the message belongs next to.
 */
public class BookingRefusedException extends RuntimeException {

	private final String field;

	private final String messageCode;

	public BookingRefusedException(String field, String messageCode) {
		super(messageCode);
		this.field = field;
		this.messageCode = messageCode;
	}

	public String getField() {
		return this.field;
	}

	public String getMessageCode() {
		return this.messageCode;
	}

}
