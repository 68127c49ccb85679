package com.holdspace.shared;

/**
 * A record that exists but belongs to someone else's work: another therapist's calendar, booking
 * or session. It answers exactly as a record that does not exist, so that swapping an id in an
 * address tells nobody what is there; the refusal is still written to the audit log.
 */
public class NotYoursException extends NotFoundException {

	public NotYoursException(String what, Object id) {
		super(what, id);
	}

}
